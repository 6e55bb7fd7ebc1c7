package org.cnd.core.id;

/** Identifies a mapping data set: counts of employment and establishments by region and sector. */
public final class MappingDataSetId extends Identifier implements Comparable<MappingDataSetId> {
  private MappingDataSetId(String value) {
    super(value);
  }

  /**
   * The identifier with the given text.
   *
   * @throws org.cnd.core.validation.RuleViolationException ({@code id.syntax}) when the text is not 1 to 64
   *     lower-case letters, digits and hyphens
   */
  public static MappingDataSetId of(String value) {
    return new MappingDataSetId(value);
  }

  /** The same as {@link #of(String)}: the text form is the identifier itself. */
  public static MappingDataSetId parse(String text) {
    return new MappingDataSetId(text);
  }

  /** Orders by text. */
  @Override
  public int compareTo(MappingDataSetId other) {
    return compareText(other);
  }
}
