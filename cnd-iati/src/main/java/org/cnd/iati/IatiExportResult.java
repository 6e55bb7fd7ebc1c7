package org.cnd.iati;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.cnd.core.validation.Violation;

/**
 * What an export did: the problems it found (the portfolio validator's errors, then the export's own, each with its
 * rule and the JSON Pointer of the cnd entity), and how many activities it wrote (none when it refused).
 */
public final class IatiExportResult {
  private final ImmutableList<Violation> problems;
  private final int activitiesWritten;

  IatiExportResult(ImmutableList<Violation> problems, int activitiesWritten) {
    this.problems = Objects.requireNonNull(problems, "problems");
    this.activitiesWritten = activitiesWritten;
  }

  /** Every problem, errors and warnings, in the order found. */
  public ImmutableList<Violation> problems() {
    return problems;
  }

  /** The errors: the reasons a strict export refuses. */
  public ImmutableList<Violation> errors() {
    return problems.stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
  }

  /** Whether the data gave a valid document: no error. */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** Whether a document was written. */
  public boolean isWritten() {
    return activitiesWritten > 0;
  }

  /** How many activities were written. */
  public int activitiesWritten() {
    return activitiesWritten;
  }

  /** One problem a line, as the command-line tool prints them. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(activitiesWritten + " activities written");
    for (Violation v : problems) {
      out.append('\n').append(v);
    }
    return out.toString();
  }
}
