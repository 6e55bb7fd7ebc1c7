package org.cnd.json;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * A measurement run by hand, not a test (TESTING.md, "Hostile input"): how long Jackson's character and byte readers
 * take over documents of 2<sup>12</sup> to 2<sup>max</sup> property names that collide in the character symbol
 * table ("Aa"/"B@" blocks), that are similar ("Aa"/"Bq" blocks) and that are random, with the collision guard off
 * as {@link CndJson} sets it, or on with the argument {@code guard}. Best of three, in milliseconds.
 */
final class NameCollisionTimes {
  private static final String[] KINDS = {"colliding", "similar", "random"};

  private NameCollisionTimes() {}

  static String document(int blocks, int kind) {
    Random random = new Random(blocks);
    StringBuilder out = new StringBuilder("{\"format\": 1");
    for (int n = 0; n < 1 << blocks; n++) {
      out.append(", \"");
      for (int b = blocks - 1; b >= 0; b--) {
        boolean one = (n >> b & 1) != 0;
        out.append(switch (kind) {
          case 0 -> one ? "B@" : "Aa";
          case 1 -> one ? "Bq" : "Aa";
          default -> "" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        });
      }
      out.append("\": 0");
    }
    return out.append('}').toString();
  }

  private static String names(JsonParser parser) {
    try (parser) {
      while (parser.nextToken() != null) {
        if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
          parser.currentName();
        }
      }
      return "";
    } catch (RuntimeException e) {
      return " (" + e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst().orElse("") + ")";
    }
  }

  public static void main(String[] args) {
    boolean guard = args.length > 0 && args[0].equals("guard");
    int max = Integer.getInteger("max", 19);
    for (int blocks = 12; blocks <= max; blocks++) {
      for (int kind = 0; kind < KINDS.length; kind++) {
        String text = document(blocks, kind);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long chars = Long.MAX_VALUE;
        long octets = Long.MAX_VALUE;
        String failed = "";
        for (int run = 0; run < 3; run++) {
          JsonFactory factory = JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(64L << 20).build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .configure(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW, guard)
              .build();
          long t0 = System.nanoTime();
          String c = names(factory.createParser(ObjectReadContext.empty(), new StringReader(text)));
          long t1 = System.nanoTime();
          String b = names(factory.createParser(ObjectReadContext.empty(), bytes));
          long t2 = System.nanoTime();
          chars = Math.min(chars, t1 - t0);
          octets = Math.min(octets, t2 - t1);
          failed = (c.isEmpty() ? "" : " chars" + c) + (b.isEmpty() ? "" : " bytes" + b);
        }
        System.out.printf("guard %-3s %7d names %-9s %5.1f MB: chars %8.1f ms, bytes %8.1f ms%s%n", guard ? "on" : "off",
            1 << blocks, KINDS[kind], bytes.length / 1e6, chars / 1e6, octets / 1e6, failed);
      }
    }
  }
}
