package org.cnd.json.internal;

/**
 * The options of reading that the codecs themselves need; the limits are the parser's business.
 *
 * @param ignoreUnknownProperties skip properties the format does not define, instead of refusing them
 * @param located record where each node was read, so that a violation found when an object is built is reported at
 *     its line and column; without, a refusal carries no useful location and the document must be read again, with
 *     locations, to report it (what {@link org.cnd.json.CndJson} does on its fast path for bytes)
 */
public record ReadOptions(boolean ignoreUnknownProperties, boolean located) {
  /** Options that record locations. */
  public ReadOptions(boolean ignoreUnknownProperties) {
    this(ignoreUnknownProperties, true);
  }

  /** These options without locations. */
  public ReadOptions unlocated() {
    return located ? new ReadOptions(ignoreUnknownProperties, false) : this;
  }
}
