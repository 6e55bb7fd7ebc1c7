package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cnd.core.Portfolio;
import org.cnd.core.time.DateSyntax;
import org.cnd.core.time.PartialDate;
import org.cnd.core.time.Qualifier;
import org.cnd.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade: every input and output kind, validation reports, options, and reuse across threads. */
class CndJsonTest {
  private static final CndJson JSON = CndJson.create();
  private static final Portfolio SAMPLE = Samples.pakistan();
  private static final String TEXT = JSON.write(SAMPLE);
  private static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dir;

  @Test
  void readsFromEveryKindOfInput() throws IOException {
    Path file = dir.resolve("p.json");
    Files.write(file, BYTES);
    assertThat(JSON.read(TEXT)).isEqualTo(SAMPLE);
    assertThat(JSON.read(BYTES)).isEqualTo(SAMPLE);
    assertThat(JSON.read(new ByteArrayInputStream(BYTES))).isEqualTo(SAMPLE);
    assertThat(JSON.read(new StringReader(TEXT))).isEqualTo(SAMPLE);
    assertThat(JSON.read(file)).isEqualTo(SAMPLE);
  }

  @Test
  void writesTheSameUtf8ToEveryKindOfOutput() throws IOException {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(SAMPLE, stream);
    StringWriter writer = new StringWriter();
    JSON.write(SAMPLE, writer);
    Path file = dir.resolve("out.json");
    JSON.write(SAMPLE, file);
    assertThat(stream.toByteArray()).isEqualTo(BYTES);
    assertThat(writer.toString()).isEqualTo(TEXT);
    assertThat(Files.readAllBytes(file)).isEqualTo(BYTES);
    assertThat(TEXT).endsWith("}\n").contains("ünïcödé").doesNotContain("\r");
  }

  @Test
  void neverClosesTheCallersStreams() {
    AtomicBoolean inClosed = new AtomicBoolean();
    AtomicBoolean outClosed = new AtomicBoolean();
    JSON.read(new FilterInputStream(new ByteArrayInputStream(BYTES)) {
      @Override
      public void close() {
        inClosed.set(true);
      }
    });
    JSON.validate(new FilterInputStream(new ByteArrayInputStream(BYTES)) {
      @Override
      public void close() {
        inClosed.set(true);
      }
    });
    JSON.write(SAMPLE, new FilterOutputStream(new ByteArrayOutputStream()) {
      @Override
      public void close() {
        outClosed.set(true);
      }
    });
    JSON.write(SAMPLE, new StringWriter() {
      @Override
      public void close() {
        outClosed.set(true);
      }
    });
    assertThat(inClosed).isFalse();
    assertThat(outClosed).isFalse();
  }

  @Test
  void aFailingOutputIsAnIoFailure() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> JSON.write(SAMPLE, broken)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    assertThatThrownBy(() -> JSON.validate(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void skipsAByteOrderMark() {
    byte[] withBom = new byte[BYTES.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(BYTES, 0, withBom, 3, BYTES.length);
    assertThat(JSON.read(withBom)).isEqualTo(SAMPLE);
    assertThat(JSON.read("\uFEFF" + TEXT)).isEqualTo(SAMPLE);
  }

  @Test
  void columnsCountCharactersWhateverTheInput() {
    String doc = "{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"people\": [{\"id\": \"p\", "
        + "\"name\": \"Zoë Ünal — 😀\", \"affiliation\": \"Bad Id\"}]}";
    CndJsonException fromText = catchThrowableOfType(CndJsonException.class, () -> JSON.read(doc));
    CndJsonException fromBytes = catchThrowableOfType(CndJsonException.class,
        () -> JSON.read(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromText.ruleId()).isEqualTo("id.syntax");
    assertThat(fromText.path()).isEqualTo("/people/0/affiliation");
    assertThat(fromText.column()).isEqualTo(doc.indexOf("\"Bad Id\"") + 1);
    assertThat(fromBytes.problem()).isEqualTo(fromText.problem());
  }

  @Test
  void validateReportsRuleViolationsAcrossEntitiesWithTheirLocations() {
    String doc = "{\n"
        + "  \"format\": \"cnd-portfolio\",\n"
        + "  \"formatVersion\": 1,\n"
        + "  \"people\": [\n"
        + "    {\"id\": \"p\", \"name\": \"P\", \"affiliation\": \"nobody\"}\n"
        + "  ],\n"
        + "  \"programmes\": [\n"
        + "    {\"id\": \"x\", \"title\": \"X\", \"targetClusters\": [\"nowhere\"]}\n"
        + "  ]\n"
        + "}\n";
    DocumentReport report = JSON.validate(doc);
    assertThat(report.isReadable()).isTrue();
    assertThat(report.isValid()).isFalse();
    assertThat(report.portfolio()).isPresent();
    assertThat(report.problems()).hasSize(2);
    Problem affiliation = report.problems().get(0);
    assertThat(affiliation.ruleId()).isEqualTo("reference.organisation");
    assertThat(affiliation.path()).isEqualTo("/people/0/affiliation");
    assertThat(affiliation.line()).hasValue(5);
    assertThat(affiliation.column()).hasValue(doc.split("\n")[4].indexOf("\"nobody\"") + 1);
    Problem target = report.problems().get(1);
    assertThat(target.ruleId()).isEqualTo("reference.cluster");
    assertThat(target.path()).isEqualTo("/programmes/0/targetClusters/0");
    assertThat(target.line()).hasValue(8);
    int column = doc.split("\n")[7].indexOf("\"nowhere\"") + 1;
    assertThat(target.toString()).startsWith("ERROR reference.cluster at /programmes/0/targetClusters/0 (line 8, column "
        + column + "): Target cluster");
    assertThat(report.errors()).hasSize(2);
    assertThat(report.warnings()).isEmpty();
    assertThat(report.toValidationReport()).isEqualTo(report.portfolio().get().validate());
    assertThat(JSON.validate(doc.getBytes(StandardCharsets.UTF_8))).isEqualTo(report);
    assertThat(JSON.validate(new StringReader(doc))).isEqualTo(report);
  }

  @Test
  void validateOfAGoodDocumentIsClean() throws IOException {
    Path file = dir.resolve("good.json");
    Files.write(file, BYTES);
    DocumentReport report = JSON.validate(file);
    assertThat(report.isClean()).isTrue();
    assertThat(report.isValid()).isTrue();
    assertThat(report.portfolio()).contains(SAMPLE);
    assertThat(report.toString()).isEqualTo("valid");
  }

  @Test
  void validateOfABadDocumentHoldsTheOneFormatError() {
    DocumentReport report = JSON.validate("{\"format\": \"cnd-portfolio\", \"formatVersion\": 3}");
    assertThat(report.isReadable()).isFalse();
    assertThat(report.portfolio()).isEmpty();
    assertThat(report.toString()).isEqualTo("ERROR json.format-version at /formatVersion (line 1, column 46): "
        + "Unsupported format version 3: expected format version 1, which this library reads; the document was "
        + "written by a newer version of cnd-json, which is needed to read it\n");
  }

  @Test
  void unknownPropertiesAreRefusedUnlessSetToBeIgnored() {
    // A collection of a later version of the format, and a property of a later version of an object.
    String doc = "{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"meetings\": [{\"id\": \"e\"}], "
        + "\"people\": [{\"id\": \"p\", \"name\": \"P\", \"email\": \"p@example.org\"}]}";
    assertThat(catchThrowableOfType(CndJsonException.class, () -> JSON.read(doc)).path()).isEqualTo("/meetings");
    CndJson lenient = JSON.toBuilder().ignoreUnknownProperties(true).build();
    assertThat(lenient.read(doc).people()).hasSize(1);
  }

  @Test
  void pathsEscapeSlashAndTildeInPropertyNames() {
    CndJsonException e = catchThrowableOfType(CndJsonException.class,
        () -> JSON.read("{\"format\": \"cnd-portfolio\", \"formatVersion\": 1, \"a/b~c\": 1}"));
    assertThat(e.ruleId()).isEqualTo("json.unknown-property");
    assertThat(e.path()).isEqualTo("/a~1b~0c");
  }

  @Test
  void acceptsPropertiesInAnyOrderEmptyArraysAndNumericAmounts() {
    String doc = "{\"programmes\": [{\"budget\": {\"currency\": \"USD\", \"amount\": 235000}, \"title\": \"P\", "
        + "\"id\": \"p\", \"funding\": []}], \"clusters\": [], \"formatVersion\": 1, \"format\": \"cnd-portfolio\"}";
    Portfolio p = JSON.read(doc);
    assertThat(p.programmes().get(0).budget()).contains(Money.of("235000.00", "USD"));
    assertThat(CndJson.builder().prettyPrint(false).build().write(p)).isEqualTo("{\"format\":\"cnd-portfolio\","
        + "\"formatVersion\":1,\"programmes\":[{\"id\":\"p\",\"title\":\"P\",\"budget\":{\"amount\":\"235000.00\","
        + "\"currency\":\"USD\"}}]}");
  }

  @Test
  void optionsSurviveToBuilder() {
    CndJson custom = CndJson.builder().maxNestingDepth(10).maxStringLength(1000).maxNumberLength(20)
        .maxDocumentLength(5000).maxTokenCount(300).maxProblems(7).ignoreUnknownProperties(true).prettyPrint(false)
        .dateSyntax(DateSyntax.EDTF).build();
    CndJson copy = custom.toBuilder().build();
    assertThat(copy.toString()).isEqualTo(custom.toString()).isEqualTo("CndJson[maxNestingDepth=10, "
        + "maxStringLength=1000, maxNumberLength=20, maxDocumentLength=5000, maxTokenCount=300, maxProblems=7, "
        + "ignoreUnknownProperties=true, prettyPrint=false, dateSyntax=edtf]");
    assertThat(copy.dateSyntax()).isEqualTo(DateSyntax.EDTF);
    assertThat(CndJson.create().dateSyntax()).isEqualTo(DateSyntax.CND);
  }

  @Test
  void writesDatesInTheSyntaxAskedForAndReadsBoth() {
    String cnd = "{\"format\":\"cnd-portfolio\",\"formatVersion\":1,\"programmes\":[{\"id\":\"p\",\"title\":\"P\","
        + "\"period\":\"2007-Q1?/..\",\"statusHistory\":[{\"status\":\"adopted\",\"date\":\"2007-Q1?\"},"
        + "{\"status\":\"active\",\"date\":\"2007-05-15~\"}]}]}";
    String edtf = cnd.replace("2007-Q1?", "2007-33?");
    CndJson compact = CndJson.builder().prettyPrint(false).build();
    CndJson compactEdtf = compact.toBuilder().dateSyntax(DateSyntax.EDTF).build();
    Portfolio p = compact.read(cnd);
    assertThat(compact.read(edtf)).isEqualTo(p);
    assertThat(p.programmes().get(0).period().orElseThrow().start())
        .isEqualTo(PartialDate.ofQuarter(2007, 1).withQualifier(Qualifier.UNCERTAIN));
    assertThat(compact.write(p)).isEqualTo(cnd);
    assertThat(compactEdtf.write(p)).isEqualTo(edtf);
    assertThat(compactEdtf.read(cnd)).isEqualTo(p);
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> JSON.write(JSON.read(TEXT)).equals(TEXT)
            && JSON.validate(BYTES).isClean()));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> JSON.read((String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JSON.write(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> JSON.validate((Path) null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shipsTheSchema() {
    assertThat(CndJson.schema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(CndJson.FORMAT_NAME).isEqualTo("cnd-portfolio");
    assertThat(CndJson.FORMAT_VERSION).isEqualTo(1);
  }
}
