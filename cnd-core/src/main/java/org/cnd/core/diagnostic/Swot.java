package org.cnd.core.diagnostic;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** The strengths, weaknesses, opportunities and threats a diagnostic study found. */
@Value.Immutable
public abstract class Swot {
  Swot() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The strengths. */
  public abstract ImmutableList<Finding> strengths();

  /** The weaknesses. */
  public abstract ImmutableList<Finding> weaknesses();

  /** The opportunities. */
  public abstract ImmutableList<Finding> opportunities();

  /** The threats. */
  public abstract ImmutableList<Finding> threats();

  /** True when none of the four lists is empty. */
  public boolean isComplete() {
    return !strengths().isEmpty() && !weaknesses().isEmpty() && !opportunities().isEmpty() && !threats().isEmpty();
  }

  /** The names of the lists that are empty, in SWOT order. */
  public ImmutableList<String> emptyLists() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    if (strengths().isEmpty()) {
      out.add("strengths");
    }
    if (weaknesses().isEmpty()) {
      out.add("weaknesses");
    }
    if (opportunities().isEmpty()) {
      out.add("opportunities");
    }
    if (threats().isEmpty()) {
      out.add("threats");
    }
    return out.build();
  }

  /** Builds a {@link Swot}. */
  public static final class Builder extends ImmutableSwot.Builder {
    Builder() {}
  }
}
