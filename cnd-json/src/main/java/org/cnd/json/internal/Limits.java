package org.cnd.json.internal;

import tools.jackson.core.StreamReadConstraints;

/**
 * The reader's limits on hostile or broken input.
 *
 * @param maxNestingDepth how deep objects and arrays may nest
 * @param maxStringLength how many characters a string or property name may hold
 * @param maxNumberLength how many characters a number may be written with
 * @param maxDocumentLength how large a document may be: bytes for byte input, characters for text input
 * @param maxTokenCount how many JSON tokens (names, values, brackets) a document may hold
 * @param maxProblems how many problems a validation report keeps; the rest are counted
 */
public record Limits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength,
    long maxTokenCount, int maxProblems) {
  /** Checks that every limit is positive. */
  public Limits {
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxDocumentLength, "maxDocumentLength");
    positive(maxTokenCount, "maxTokenCount");
    positive(maxProblems, "maxProblems");
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, found " + value);
    }
  }

  /** The parser's constraints for these limits; the document size is counted by {@link Inputs}. */
  public StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNameLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxDocumentLength(-1)
        .maxTokenCount(maxTokenCount)
        .build();
  }
}
