package org.cnd.core.diagnostic;

import org.cnd.core.internal.Texts;
import org.immutables.value.Value;

/** One finding of a diagnostic study (a strength, a weakness, an opportunity, a threat or a key constraint), with its theme. */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A finding on a theme. */
  public static Finding of(Theme theme, String text) {
    return builder().theme(theme).text(text).build();
  }

  /** What it is about. */
  public abstract Theme theme();

  /** What was found. */
  public abstract String text();

  @Value.Check
  void check() {
    Texts.checkNotBlank(text(), "/text", "finding");
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
