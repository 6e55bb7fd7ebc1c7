package org.cnd.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.cnd.core.Portfolio;
import org.cnd.core.time.DateSyntax;
import org.cnd.json.internal.Limits;
import org.cnd.json.internal.PortfolioCodec;
import org.cnd.json.internal.PortfolioReader;
import org.cnd.json.internal.PortfolioWriter;
import org.cnd.json.internal.WriteOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes whole portfolios in the CND JSON format ({@code FORMAT.md}), and validates documents.
 *
 * <p>Reading is strict and safe: every failure is a {@link CndJsonException} carrying the rule, the JSON Pointer
 * path of the offending node, its line and column, and a message naming what was expected and what was found;
 * no portfolio is returned half-built. The parser's limits on nesting depth, string length, number length and
 * document size guard against hostile input (see the {@code DEFAULT_} constants). Genuine I/O failures (a file
 * that cannot be opened, a stream that breaks) are thrown as {@link UncheckedIOException}. Streams and readers
 * given by the caller are read from and written to, never closed.
 *
 * <p>Writing is deterministic: the same portfolio always gives the same text, properties in a fixed order and
 * collections in the portfolio's order, and {@code write(read(write(p)))} equals {@code write(p)}. Output is UTF-8,
 * pretty-printed by default with two spaces, {@code \n} line ends and a final line end; compact output has no white
 * space at all. Partial dates and date ranges are written in format version 1's forms ({@code 2007-Q1},
 * {@code 2001-06~}) unless the writer is built with {@link Builder#dateSyntax(DateSyntax) dateSyntax(EDTF)}
 * ({@code 2007-33}); either is read back the same.
 *
 * <p>Instances are immutable, thread-safe and meant to be reused: {@code CndJson.create()} once, then read and
 * write from any thread.
 */
public final class CndJson {
  /** The format's name, the value of the root's {@code format}. */
  public static final String FORMAT_NAME = PortfolioCodec.FORMAT_NAME;

  /** The format version this library writes, and the newest it reads. */
  public static final int FORMAT_VERSION = PortfolioCodec.FORMAT_VERSION;

  /** Default limit on nesting of objects and arrays; the format itself needs fewer than 10 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default limit on the characters of one string or property name: 1 MiB (1,048,576). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1 << 20;

  /** Default limit on the characters a number is written with. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /**
   * Default limit on a document's size: 64 MiB (67,108,864), counted in bytes for byte input (byte arrays, streams,
   * files) and in characters for text input (strings, readers).
   */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L << 20;

  /**
   * Default limit on a document's JSON tokens (property names, values, and each bracket): 16 Mi (16,777,216), a
   * token for every 4 bytes of a document at the default size limit, where real documents have one for every 10 or
   * more.
   */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 1L << 24;

  /**
   * Default limit on the problems a validation report keeps: 1,000; the rest are counted ({@link
   * DocumentReport#omitted()}), so that a document with millions of broken references gives a report of bounded
   * size.
   */
  public static final int DEFAULT_MAX_PROBLEMS = 1000;

  private final Limits limits;
  private final boolean ignoreUnknownProperties;
  private final boolean prettyPrint;
  private final DateSyntax dateSyntax;
  private final PortfolioReader reader;
  private final PortfolioWriter writer;

  private CndJson(Builder b) {
    this.limits = new Limits(b.maxNestingDepth, b.maxStringLength, b.maxNumberLength, b.maxDocumentLength,
        b.maxTokenCount, b.maxProblems);
    this.ignoreUnknownProperties = b.ignoreUnknownProperties;
    this.prettyPrint = b.prettyPrint;
    this.dateSyntax = b.dateSyntax;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits.constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Jackson's guard against property names made to collide in its symbol tables fails a document on the
        // character path that the byte path reads (their tables hash differently). Off, the character table
        // stops sharing names once a chain is too long, and the byte table grows: both stay linear, and every
        // input path reads the document alike.
        .disable(TokenStreamFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
        .build();
    // Documents are read and written by the format's codecs on the factory's parsers and generators directly, not
    // through a mapper with CndModule: the same codecs, without databind's set-up, which costs the command line's
    // run of one small document more than the document itself.
    this.reader = new PortfolioReader(factory, limits, ignoreUnknownProperties);
    this.writer = new PortfolioWriter(factory, new WriteOptions(dateSyntax), prettyPrint);
  }

  /** A reader and writer with the default options: strict, default limits, pretty output. */
  public static CndJson create() {
    return builder().build();
  }

  /** A builder starting from the default options. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this instance's options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxNestingDepth = limits.maxNestingDepth();
    b.maxStringLength = limits.maxStringLength();
    b.maxNumberLength = limits.maxNumberLength();
    b.maxDocumentLength = limits.maxDocumentLength();
    b.maxTokenCount = limits.maxTokenCount();
    b.maxProblems = limits.maxProblems();
    b.ignoreUnknownProperties = ignoreUnknownProperties;
    b.prettyPrint = prettyPrint;
    b.dateSyntax = dateSyntax;
    return b;
  }

  // --- reading ----------------------------------------------------------------------------------------------

  /**
   * Reads a portfolio from a document's text.
   *
   * @throws CndJsonException when the document breaks a rule of the format or a value's own rule
   */
  public Portfolio read(String json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json);
  }

  /**
   * Reads a portfolio from UTF-8 bytes.
   *
   * @throws CndJsonException when the document breaks a rule of the format or a value's own rule
   */
  public Portfolio read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json);
  }

  /**
   * Reads a portfolio from a stream of UTF-8 bytes; the stream is not closed.
   *
   * @throws CndJsonException when the document breaks a rule of the format or a value's own rule
   * @throws UncheckedIOException when the stream fails
   */
  public Portfolio read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json);
  }

  /**
   * Reads a portfolio from a reader; the reader is not closed.
   *
   * @throws CndJsonException when the document breaks a rule of the format or a value's own rule
   * @throws UncheckedIOException when the reader fails
   */
  public Portfolio read(Reader json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json);
  }

  /**
   * Reads a portfolio from a UTF-8 file.
   *
   * @throws CndJsonException when the document breaks a rule of the format or a value's own rule
   * @throws UncheckedIOException when the file cannot be read
   */
  public Portfolio read(Path json) {
    Objects.requireNonNull(json, "json");
    return reader.read(json);
  }

  // --- validating -------------------------------------------------------------------------------------------

  /**
   * Reads a document and, when it can be read, runs the portfolio validator: one report of the format error that
   * stopped reading, or of the violations of the model's rules across entities, each with its line and column: the
   * first {@link #maxProblems()} of them, and a count of the rest ({@link DocumentReport#omitted()}). Never throws
   * for a bad document.
   */
  public DocumentReport validate(String json) {
    Objects.requireNonNull(json, "json");
    return reader.validate(json);
  }

  /** As {@link #validate(String)}, for UTF-8 bytes. */
  public DocumentReport validate(byte[] json) {
    Objects.requireNonNull(json, "json");
    return reader.validate(json);
  }

  /**
   * As {@link #validate(String)}, for a stream of UTF-8 bytes, which is read to its end (or one byte past the size
   * limit) and not closed.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public DocumentReport validate(InputStream json) {
    Objects.requireNonNull(json, "json");
    return reader.validate(json);
  }

  /**
   * As {@link #validate(String)}, for a reader, which is read to its end (or one character past the size limit)
   * and not closed.
   *
   * @throws UncheckedIOException when the reader fails
   */
  public DocumentReport validate(Reader json) {
    Objects.requireNonNull(json, "json");
    return reader.validate(json);
  }

  /**
   * As {@link #validate(String)}, for a UTF-8 file.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public DocumentReport validate(Path json) {
    Objects.requireNonNull(json, "json");
    return reader.validate(json);
  }

  // --- writing ----------------------------------------------------------------------------------------------

  /** The document of a portfolio, as text. */
  public String write(Portfolio portfolio) {
    StringWriter out = new StringWriter();
    write(portfolio, out);
    return out.toString();
  }

  /**
   * Writes the document of a portfolio to a writer, which is flushed and not closed.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public void write(Portfolio portfolio, Writer out) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(out, "out");
    try {
      writer.write(portfolio, out);
    } catch (JacksonException e) {
      throw ioFailure(e);
    }
  }

  /**
   * Writes the document of a portfolio to a stream as UTF-8, which is flushed and not closed.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public void write(Portfolio portfolio, OutputStream out) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(out, "out");
    try {
      writer.write(portfolio, out);
    } catch (JacksonException e) {
      throw ioFailure(e);
    }
  }

  /**
   * Writes the document of a portfolio to a UTF-8 file, replacing it if it exists, atomically ({@link
   * AtomicFiles}): a temporary file in the same directory, forced to disk, then moved over the target. When writing
   * fails the old file is unchanged and no temporary file is left.
   *
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public void write(Portfolio portfolio, Path path) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(path, "path");
    AtomicFiles.write(path, out -> write(portfolio, out));
  }

  private static UncheckedIOException ioFailure(JacksonException e) {
    Throwable cause = e.getCause();
    return new UncheckedIOException(cause instanceof IOException io ? io : new IOException(e.getOriginalMessage(), e));
  }

  // --- schema and options -----------------------------------------------------------------------------------

  /** The JSON Schema (draft 2020-12) of the format, as text. */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  /** The limit on nesting of objects and arrays. */
  public int maxNestingDepth() {
    return limits.maxNestingDepth();
  }

  /** The limit on the characters of one string or property name. */
  public int maxStringLength() {
    return limits.maxStringLength();
  }

  /** The limit on the characters of one number. */
  public int maxNumberLength() {
    return limits.maxNumberLength();
  }

  /** The limit on a document's size: bytes for byte input, characters for text input. */
  public long maxDocumentLength() {
    return limits.maxDocumentLength();
  }

  /** The limit on a document's JSON tokens. */
  public long maxTokenCount() {
    return limits.maxTokenCount();
  }

  /** How many problems a validation report keeps; the rest are counted. */
  public int maxProblems() {
    return limits.maxProblems();
  }

  /** Whether unknown properties are skipped rather than refused. */
  public boolean ignoresUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /** Whether output is pretty-printed. */
  public boolean prettyPrints() {
    return prettyPrint;
  }

  /** The syntax partial dates and date ranges are written in; both are read. */
  public DateSyntax dateSyntax() {
    return dateSyntax;
  }

  @Override
  public String toString() {
    return "CndJson[maxNestingDepth=" + limits.maxNestingDepth() + ", maxStringLength=" + limits.maxStringLength()
        + ", maxNumberLength=" + limits.maxNumberLength() + ", maxDocumentLength=" + limits.maxDocumentLength()
        + ", maxTokenCount=" + limits.maxTokenCount() + ", maxProblems=" + limits.maxProblems()
        + ", ignoreUnknownProperties=" + ignoreUnknownProperties + ", prettyPrint=" + prettyPrint
        + ", dateSyntax=" + dateSyntax.code() + "]";
  }

  private static final class SchemaHolder {
    static final String SCHEMA = load();

    private static String load() {
      try (InputStream in = CndJson.class.getResourceAsStream("cnd-portfolio.schema.json")) {
        if (in == null) {
          throw new IllegalStateException("The schema resource org/cnd/json/cnd-portfolio.schema.json is missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Options of a {@link CndJson}; every option has a default. Not thread-safe. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
    private int maxProblems = DEFAULT_MAX_PROBLEMS;
    private boolean ignoreUnknownProperties;
    private boolean prettyPrint = true;
    private DateSyntax dateSyntax = WriteOptions.DEFAULT.dateSyntax();

    private Builder() {}

    /** How deep objects and arrays may nest; default {@value CndJson#DEFAULT_MAX_NESTING_DEPTH}. */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /** How many characters a string or property name may hold; default 1 MiB (1,048,576). */
    public Builder maxStringLength(int length) {
      this.maxStringLength = length;
      return this;
    }

    /** How many characters a number may be written with; default {@value CndJson#DEFAULT_MAX_NUMBER_LENGTH}. */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = length;
      return this;
    }

    /**
     * How large a document may be, in bytes for byte input and characters for text input; default 64 MiB
     * (67,108,864).
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = length;
      return this;
    }

    /** How many JSON tokens a document may hold; default 16 Mi (16,777,216). */
    public Builder maxTokenCount(long count) {
      this.maxTokenCount = count;
      return this;
    }

    /**
     * How many problems a validation report keeps, the rest being counted; default {@value
     * CndJson#DEFAULT_MAX_PROBLEMS}. The command line's {@code --max-problems N} is {@code maxProblems(N)}.
     */
    public Builder maxProblems(int max) {
      this.maxProblems = max;
      return this;
    }

    /** Skip properties the format does not define instead of refusing them; default false (refuse). */
    public Builder ignoreUnknownProperties(boolean ignore) {
      this.ignoreUnknownProperties = ignore;
      return this;
    }

    /** Pretty-print the output (two spaces, {@code \n}, a final line end); default true. */
    public Builder prettyPrint(boolean pretty) {
      this.prettyPrint = pretty;
      return this;
    }

    /**
     * The syntax to write partial dates and date ranges in: {@link DateSyntax#CND}, format version 1's forms
     * ({@code 2007-Q1}), by default, or {@link DateSyntax#EDTF} ({@code 2007-33}). Reading takes both whatever this
     * says.
     */
    public Builder dateSyntax(DateSyntax syntax) {
      this.dateSyntax = Objects.requireNonNull(syntax, "syntax");
      return this;
    }

    /**
     * The reader and writer.
     *
     * @throws IllegalArgumentException when a limit is below 1
     */
    public CndJson build() {
      return new CndJson(this);
    }
  }
}
