package org.cnd.json.internal;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;
import org.cnd.json.CndJsonException;
import org.cnd.json.DocumentReport;
import org.cnd.json.FormatRule;
import org.cnd.json.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;

/**
 * Reading and validating whole documents for {@link org.cnd.json.CndJson}: every input turned into a parser (through
 * {@link Inputs}, so that the size limit holds and columns count characters), the byte fast path with its fallback,
 * the root's checks, and the locations of the validator's violations.
 *
 * <p>The root is read by {@link PortfolioCodec#PORTFOLIO} on the factory's parsers, without Jackson's databind: the
 * codecs need nothing but a parser, and a mapper's set-up (its deserializer caches, the introspection of the root
 * type) costs a command-line run more time than reading a small document does.
 */
public final class PortfolioReader {
  private static final int MAX_BUFFER = Integer.MAX_VALUE - 16;

  private final Limits limits;
  private final TokenStreamFactory factory;
  private final ReadOptions located;
  private final ReadOptions unlocated;
  private final ObjectReadContext fastPath;

  /**
   * A reader over the factory's parsers, whose constraints must be the limits' ({@link Limits#constraints()}) and
   * which must detect duplicate properties.
   *
   * @param ignoreUnknownProperties whether unknown properties are skipped rather than refused
   */
  public PortfolioReader(TokenStreamFactory factory, Limits limits, boolean ignoreUnknownProperties) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.located = new ReadOptions(ignoreUnknownProperties);
    this.unlocated = located.unlocated();
    // The fast path needs no duplicate detection from the parser: every object of the format is read by a codec
    // that refuses a repeated property itself, and unknown properties are refused anyway. (Skipped unknown
    // properties could repeat unseen: when they are ignored, the parser keeps checking.)
    // Nor does it record where each node was read: a refusal is reported by reading the document again.
    this.fastPath = ignoreUnknownProperties ? ObjectReadContext.empty() : new WithoutDuplicateDetection();
  }

  /** Parsers of this context leave duplicate properties to the codecs. */
  private static final class WithoutDuplicateDetection extends ObjectReadContext.Base {
    @Override
    public int getStreamReadFeatures(int defaults) {
      return defaults & ~StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
    }
  }

  // --- reading ----------------------------------------------------------------------------------------------

  /** Reads a document's text. */
  public Portfolio read(String json) {
    return parse(Inputs.fromChars(new StringReader(json), limits.maxDocumentLength()));
  }

  /** Reads UTF-8 bytes. */
  public Portfolio read(byte[] json) {
    // Well-formed UTF-8 within the size limit is read by Jackson's byte parser, a third faster than decoding it into
    // characters first. A document refused there is read again on the character path, which says why exactly as it
    // always has (the same rule, path and message, and columns that count characters, not bytes).
    if (json.length <= limits.maxDocumentLength() && !Utf8.startsWithByteOrderMark(json) && Utf8.isWellFormed(json)) {
      try {
        return parse(() -> factory.createParser(fastPath, json), p -> PortfolioCodec.PORTFOLIO.read(p, unlocated));
      } catch (RuntimeException refused) {
        // read below
      }
    }
    return parse(Inputs.fromBytes(new ByteArrayInputStream(json), limits.maxDocumentLength()));
  }

  /** Reads a stream of UTF-8 bytes, not closing it. */
  public Portfolio read(InputStream json) {
    return parse(Inputs.fromBytes(json, limits.maxDocumentLength()));
  }

  /** Reads characters, not closing the reader. */
  public Portfolio read(Reader json) {
    return parse(Inputs.fromChars(json, limits.maxDocumentLength()));
  }

  /** Reads a UTF-8 file. */
  public Portfolio read(Path json) {
    // Never more than the size limit is read into memory, whatever the file claims: a device such as /dev/zero or a
    // pipe has a size of 0 and no end. A regular file within the limit is read into an array of its size, for the
    // byte parser; anything larger, or growing while read, is refused as a stream is.
    try (InputStream in = Files.newInputStream(json)) {
      BasicFileAttributes attributes = Files.readAttributes(json, BasicFileAttributes.class);
      long size = attributes.isRegularFile() ? attributes.size() : -1;
      if (size >= 0 && size <= Math.min(limits.maxDocumentLength(), MAX_BUFFER)) {
        byte[] bytes = in.readNBytes((int) size);
        int next = in.read();
        if (next < 0) {
          return read(bytes);
        }
        return read(new SequenceInputStream(new ByteArrayInputStream(bytes),
            new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) next}), in)));
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Portfolio parse(Reader in) {
    return parse(() -> factory.createParser(ObjectReadContext.empty(), in),
        p -> PortfolioCodec.PORTFOLIO.read(p, located));
  }

  private Portfolio parse(Supplier<JsonParser> open, Function<JsonParser, Portfolio> readRoot) {
    JsonParser p = null;
    try {
      p = open.get();
      JsonToken first = p.nextToken();
      if (first == null) {
        throw Errors.at(FormatRule.ROOT.violation("", "Empty document: expected a JSON object such as " + rootExample()
            + ", found no JSON value at all"), p.currentLocation());
      }
      if (first != JsonToken.START_OBJECT) {
        throw Errors.at(p, FormatRule.ROOT,
            "Root is not an object: expected a JSON object such as " + rootExample() + ", found " + Errors.found(p));
      }
      Portfolio portfolio = readRoot.apply(p);
      if (p.nextToken() != null) {
        throw Errors.at(p, FormatRule.SYNTAX,
            "Content after the root object: expected the end of the document, found " + Errors.found(p));
      }
      return portfolio;
    } catch (JacksonException e) {
      throw JacksonFailures.translate(e, p, limits);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  private static String rootExample() {
    return "{\"format\": \"" + PortfolioCodec.FORMAT_NAME + "\", \"formatVersion\": " + PortfolioCodec.FORMAT_VERSION
        + "}";
  }

  // --- validating -------------------------------------------------------------------------------------------

  /** Reads a document's text and validates the portfolio. */
  public DocumentReport validate(String json) {
    return validate(() -> Inputs.fromChars(new StringReader(json), limits.maxDocumentLength()));
  }

  /** As {@link #validate(String)}, for UTF-8 bytes. */
  public DocumentReport validate(byte[] json) {
    return validate(() -> Inputs.fromBytes(new ByteArrayInputStream(json), limits.maxDocumentLength()));
  }

  /** As {@link #validate(String)}, for a stream read to its end (or one byte past the limit), not closed. */
  public DocumentReport validate(InputStream json) {
    try {
      return validate(json.readNBytes(bufferSize()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As {@link #validate(String)}, for a reader read to its end (or one character past the limit), not closed. */
  public DocumentReport validate(Reader json) {
    int max = bufferSize();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; text.length() < max && (n = json.read(buffer, 0, Math.min(buffer.length, max - text.length()))) >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return validate(text.toString());
  }

  /** As {@link #validate(String)}, for a UTF-8 file. */
  public DocumentReport validate(Path json) {
    try (InputStream in = Files.newInputStream(json)) {
      return validate(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int bufferSize() {
    return (int) Math.min(limits.maxDocumentLength() + 1, MAX_BUFFER);
  }

  private DocumentReport validate(Supplier<Reader> source) {
    Portfolio portfolio;
    try {
      portfolio = parse(source.get());
    } catch (CndJsonException e) {
      return DocumentReport.unreadable(e.problem());
    }
    ValidationReport report = portfolio.validate(limits.maxProblems());
    Set<String> paths = new LinkedHashSet<>();
    report.violations().forEach(v -> paths.add(v.path()));
    // The document is read a second time, only when there is something to locate.
    Map<String, int[]> locations = Locator.locate(factory, source.get(), paths);
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (Violation v : report.violations()) {
      int[] at = locations.get(v.path());
      problems.add(at == null ? Problem.of(v) : Problem.of(v, at[0], at[1]));
    }
    return DocumentReport.of(portfolio, problems.build(), report.omitted(), report.omittedErrors());
  }
}
