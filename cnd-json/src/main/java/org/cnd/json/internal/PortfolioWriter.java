package org.cnd.json.internal;

import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.cnd.core.Portfolio;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writing whole documents for {@link org.cnd.json.CndJson}: the root written by {@link PortfolioCodec#PORTFOLIO} on
 * the factory's generators, without Jackson's databind (as {@link PortfolioReader} reads), each generator carrying
 * the write options for the codecs ({@link WriteOptions#of}) and, for pretty output, its own pretty printer.
 */
public final class PortfolioWriter {
  private final TokenStreamFactory factory;
  private final Context context;

  /**
   * A writer of the factory's generators.
   *
   * @param prettyPrint two spaces, {@code \n} line ends and a final line end; otherwise no white space at all
   */
  public PortfolioWriter(TokenStreamFactory factory, WriteOptions options, boolean prettyPrint) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.context = new Context(Objects.requireNonNull(options, "options"), prettyPrint ? prettyPrinter() : null);
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withRootSeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** Writes the document to a writer, which is flushed and not closed. */
  public void write(Portfolio portfolio, Writer out) {
    try (JsonGenerator g = factory.createGenerator(context, out)) {
      write(g, portfolio);
    }
  }

  /** Writes the document to a stream as UTF-8, which is flushed and not closed. */
  public void write(Portfolio portfolio, OutputStream out) {
    try (JsonGenerator g = factory.createGenerator(context, out, JsonEncoding.UTF8)) {
      write(g, portfolio);
    }
  }

  private void write(JsonGenerator g, Portfolio portfolio) {
    PortfolioCodec.PORTFOLIO.write(g, portfolio);
    if (context.prettyPrinter != null) {
      g.writeRaw('\n');
    }
    g.flush();
  }

  /** What the codecs find through a generator: the write options, and the pretty printer of each generator. */
  static final class Context extends ObjectWriteContext.Base {
    final WriteOptions options;
    private final DefaultPrettyPrinter prettyPrinter;

    Context(WriteOptions options, DefaultPrettyPrinter prettyPrinter) {
      this.options = options;
      this.prettyPrinter = prettyPrinter;
    }

    /** A pretty printer keeps the nesting of its generator: each generator gets one of its own. */
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return prettyPrinter == null ? null : prettyPrinter.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return prettyPrinter != null;
    }
  }
}
