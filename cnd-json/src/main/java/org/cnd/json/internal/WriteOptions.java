package org.cnd.json.internal;

import java.util.Objects;
import org.cnd.core.time.DateSyntax;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindContext;

/**
 * The options of writing that the codecs themselves need. They travel as an attribute of the Jackson writer
 * ({@code writer.withAttribute(WriteOptions.ATTRIBUTE, options)}), which the codecs find through the generator, so
 * that nested values see them without every codec passing them on.
 *
 * @param dateSyntax the syntax partial dates and date ranges are written in
 */
public record WriteOptions(DateSyntax dateSyntax) {
  /** The attribute holding the options on a Jackson writer; without it, the codecs write {@link #DEFAULT}. */
  public static final Object ATTRIBUTE = WriteOptions.class.getName();

  /** Format version 1's forms. */
  public static final WriteOptions DEFAULT = new WriteOptions(DateSyntax.CND);

  /** Checks the options. */
  public WriteOptions {
    Objects.requireNonNull(dateSyntax, "dateSyntax");
  }

  /** The options of the writer that made the generator, or {@link #DEFAULT}. */
  public static WriteOptions of(JsonGenerator g) {
    return g.objectWriteContext() instanceof DatabindContext context
        && context.getAttribute(ATTRIBUTE) instanceof WriteOptions options ? options : DEFAULT;
  }
}
