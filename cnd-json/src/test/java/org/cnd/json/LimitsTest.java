package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each limit has a documented default, a clear error, and holds against hostile input. */
class LimitsTest {
  private static final String HEAD = "{\"format\": \"cnd-portfolio\", \"formatVersion\": 1";
  private static final CndJson LENIENT = CndJson.builder().ignoreUnknownProperties(true).build();

  private static CndJsonException refused(Executable read) {
    CndJsonException e = catchThrowableOfType(CndJsonException.class, () -> read.execute());
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @Test
  void theDefaultsAreDocumented() {
    CndJson json = CndJson.create();
    assertThat(json.maxNestingDepth()).isEqualTo(64);
    assertThat(json.maxStringLength()).isEqualTo(1 << 20);
    assertThat(json.maxNumberLength()).isEqualTo(100);
    assertThat(json.maxDocumentLength()).isEqualTo(64L << 20);
    assertThat(json.ignoresUnknownProperties()).isFalse();
    assertThat(json.prettyPrints()).isTrue();
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = HEAD + ", \"x\": " + "[".repeat(70) + "]".repeat(70) + "}";
    CndJsonException e = refused(() -> LENIENT.read(deep));
    assertThat(e.ruleId()).isEqualTo("json.depth-limit");
    assertThat(e.violation().message()).contains("at most 64");
    assertThat(e.path()).startsWith("/x/0/0/0");
    assertThat(e.line()).isEqualTo(1);
    // Within the limit, the same junk is skipped.
    String shallow = HEAD + ", \"x\": " + "[".repeat(60) + "]".repeat(60) + "}";
    assertThat(LENIENT.read(shallow).organisations()).isEmpty();
  }

  @Test
  void aCustomNestingLimitAppliesToTheFormatItself() {
    CndJson shallow = CndJson.builder().maxNestingDepth(3).build();
    String doc = HEAD + ", \"clusters\": [{\"id\": \"c\", \"name\": \"C\", \"sector\": {\"name\": \"S\"}, "
        + "\"place\": {\"country\": \"PK\"}}]}";
    CndJsonException e = refused(() -> shallow.read(doc));
    assertThat(e.ruleId()).isEqualTo("json.depth-limit");
    assertThat(e.path()).isEqualTo("/clusters/0/sector");
    assertThat(CndJson.builder().maxNestingDepth(4).build().read(doc).clusters()).hasSize(1);
  }

  @Test
  void hostileNestingEndsInAnErrorNotAStackOverflow() {
    String hostile = HEAD + ", \"x\": " + "[".repeat(1_000_000);
    assertThat(refused(() -> LENIENT.read(hostile)).ruleId()).isEqualTo("json.depth-limit");
    String hostileObjects = HEAD + ", \"x\": " + "{\"a\":".repeat(200_000);
    assertThat(refused(() -> LENIENT.read(hostileObjects)).ruleId()).isEqualTo("json.depth-limit");
    // Strict reading refuses the first unexpected structure long before the limit.
    String strict = HEAD + ", \"organisations\": " + "[".repeat(1_000_000);
    assertThat(refused(() -> CndJson.create().read(strict)).ruleId()).isEqualTo("json.type");
  }

  @Test
  void aStringLongerThanTheDefaultLimitIsRefused() {
    String longName = "n".repeat((1 << 20) + 1);
    String doc = HEAD + ", \"organisations\": [{\"id\": \"o\", \"name\": \"" + longName + "\", \"kind\": \"ngo\"}]}";
    CndJsonException e = refused(() -> CndJson.create().read(doc));
    assertThat(e.ruleId()).isEqualTo("json.string-limit");
    assertThat(e.path()).isEqualTo("/organisations/0/name");
    assertThat(e.violation().message()).contains("at most 1048576 characters");
    String fits = doc.replace(longName, "n".repeat(1 << 20));
    assertThat(CndJson.create().read(fits).organisations().get(0).name()).hasSize(1 << 20);
  }

  @Test
  void aCustomStringLimitAppliesToValuesAndPropertyNames() {
    CndJson small = CndJson.builder().maxStringLength(20).build();
    CndJsonException value = refused(() -> small.read(HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \""
        + "x".repeat(21) + "\"}]}"));
    assertThat(value.ruleId()).isEqualTo("json.string-limit");
    assertThat(value.path()).isEqualTo("/people/0/name");
    CndJsonException name = refused(() -> small.read(HEAD + ", \"" + "y".repeat(40) + "\": 1}"));
    assertThat(name.ruleId()).isEqualTo("json.string-limit");
    assertThat(name.violation().message()).startsWith("Property name too long");
  }

  @Test
  void aNumberLongerThanTheLimitIsRefused() {
    String doc = HEAD + ", \"clusters\": [{\"id\": \"c\", \"name\": \"C\", \"sector\": {\"name\": \"S\"}, "
        + "\"place\": {\"country\": \"PK\", \"point\": {\"latitude\": 1." + "0".repeat(200) + ", \"longitude\": 2}}}]}";
    CndJsonException e = refused(() -> CndJson.create().read(doc));
    assertThat(e.ruleId()).isEqualTo("json.number-limit");
    assertThat(e.path()).isEqualTo("/clusters/0/place/point/latitude");
    assertThat(e.violation().message()).contains("at most 100 characters");
    assertThat(CndJson.builder().maxNumberLength(300).build().read(doc).clusters()).hasSize(1);
  }

  @Test
  void hugeExponentsCostNothing() {
    String doc = HEAD + ", \"clusters\": [{\"id\": \"c\", \"name\": \"C\", \"sector\": {\"name\": \"S\"}, "
        + "\"place\": {\"country\": \"PK\"}, \"profile\": {\"asOf\": \"2004\", \"enterprises\": 1e999999999}}]}";
    assertThat(refused(() -> CndJson.create().read(doc)).ruleId()).isEqualTo("json.type");
    String amount = HEAD + ", \"programmes\": [{\"id\": \"p\", \"title\": \"P\", "
        + "\"budget\": {\"amount\": 1e999999999, \"currency\": \"USD\"}}]}";
    assertThat(refused(() -> CndJson.create().read(amount)).ruleId()).isEqualTo("money.syntax");
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefusedFromEveryKindOfInput() {
    CndJson small = CndJson.builder().maxDocumentLength(100).build();
    String doc = HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \"" + "x".repeat(200) + "\"}]}";
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    for (Executable read : new Executable[] {
        () -> small.read(doc), () -> small.read(bytes), () -> small.read(new ByteArrayInputStream(bytes)),
        () -> small.read(new StringReader(doc))}) {
      CndJsonException e = refused(read);
      assertThat(e.ruleId()).isEqualTo("json.size-limit");
      assertThat(e.violation().message()).startsWith("Document too large: expected at most 100 ");
    }
    assertThat(small.validate(new ByteArrayInputStream(bytes)).problems().get(0).ruleId()).isEqualTo("json.size-limit");
    assertThat(small.validate(new StringReader(doc)).problems().get(0).ruleId()).isEqualTo("json.size-limit");
    assertThat(small.read(HEAD + "}").organisations()).isEmpty();
  }

  @Test
  void theSizeLimitCountsBytesForBytesAndCharactersForText() {
    String doc = HEAD + ", \"people\": [{\"id\": \"p\", \"name\": \"" + "é".repeat(30) + "\"}]}";
    int chars = doc.length();
    int bytes = doc.getBytes(StandardCharsets.UTF_8).length;
    CndJson exact = CndJson.builder().maxDocumentLength(chars).build();
    assertThat(exact.read(doc).people()).hasSize(1);
    assertThat(refused(() -> exact.read(doc.getBytes(StandardCharsets.UTF_8))).ruleId()).isEqualTo("json.size-limit");
    assertThat(CndJson.builder().maxDocumentLength(bytes).build().read(doc.getBytes(StandardCharsets.UTF_8)).people())
        .hasSize(1);
  }

  @Test
  void anEndlessStreamStopsAtTheDefaultLimitWithoutHoldingIt() {
    // 64 MiB of white space after the opening brace, produced as it is read: never held in memory.
    InputStream endless = new InputStream() {
      private long served;

      @Override
      public int read() {
        return served++ == 0 ? '{' : ' ';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
    CndJsonException e = refused(() -> CndJson.create().read(endless));
    assertThat(e.ruleId()).isEqualTo("json.size-limit");
    assertThat(e.violation().message()).isEqualTo("Document too large: expected at most 67108864 bytes, found more");
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThatThrownBy(() -> CndJson.builder().maxNestingDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> CndJson.builder().maxDocumentLength(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentLength");
  }

  @Test
  void aReaderWithAnOddBufferStillSeesTheWholeDocument() {
    Reader trickle = new Reader() {
      private final String text = HEAD + "}";
      private int at;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (at >= text.length()) {
          return -1;
        }
        buffer[offset] = text.charAt(at++);
        return 1;
      }

      @Override
      public void close() {}
    };
    assertThat(CndJson.create().read(trickle).clusters()).isEmpty();
  }
}
