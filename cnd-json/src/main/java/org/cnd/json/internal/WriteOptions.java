package org.cnd.json.internal;

import java.util.Objects;
import org.cnd.core.time.DateSyntax;
import tools.jackson.core.JsonGenerator;

/**
 * The options of writing that the codecs themselves need. They travel with the generator ({@link PortfolioWriter}
 * makes it), where the codecs find them, so that nested values see them without every codec passing them on.
 *
 * @param dateSyntax the syntax partial dates and date ranges are written in
 */
public record WriteOptions(DateSyntax dateSyntax) {
  /** Format version 1's forms. */
  public static final WriteOptions DEFAULT = new WriteOptions(DateSyntax.CND);

  /** Checks the options. */
  public WriteOptions {
    Objects.requireNonNull(dateSyntax, "dateSyntax");
  }

  /**
   * The options of the {@link PortfolioWriter} that made the generator, or {@link #DEFAULT} for any other generator
   * (a Jackson mapper's with the module, which writes format version 1's forms).
   */
  public static WriteOptions of(JsonGenerator g) {
    return g.objectWriteContext() instanceof PortfolioWriter.Context context ? context.options : DEFAULT;
  }
}
