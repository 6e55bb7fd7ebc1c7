package org.cnd.core.selection;

import java.util.Optional;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.CandidateId;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A candidate cluster of a selection exercise, with where it came from: found by mapping (a region and sector of
 * the exercise's mapping data set) or nominated (by an organisation, or named by a source: "TDAP prepared several
 * additional clusters for inclusion into the programme").
 *
 * <p>Invariants: a candidate names the portfolio's cluster it is, its name, or both; a candidate from mapping names
 * its region and sector; a nominated one names who nominated it or its source.
 */
@Value.Immutable
public abstract class Candidate {
  Candidate() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within the exercise. */
  public abstract CandidateId id();

  /** The cluster of the portfolio it is, when there is one. */
  public abstract Optional<ClusterId> cluster();

  /** Its name, as the record gives it: the sports goods cluster in Sialkot. */
  public abstract Optional<String> name();

  /** Where it came from. */
  public abstract CandidateOrigin origin();

  /** The region of the mapping data set it was found in. */
  public abstract Optional<Region> region();

  /** The sector it was found in, or that the nomination names. */
  public abstract Optional<IsicCode> sector();

  /** The organisation that nominated it. */
  public abstract Optional<OrganisationId> nominatedBy();

  /** The source that names it, in words: a trade policy, a study. */
  public abstract Optional<String> source();

  /** Free text. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    name().ifPresent(n -> Texts.checkNotBlank(n, "/name", "candidate name"));
    source().ifPresent(s -> Texts.checkNotBlank(s, "/source", "candidate source"));
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
    if (cluster().isEmpty() && name().isEmpty()) {
      throw new RuleViolationException(Rule.SELECTION_CANDIDATE, Pointer.ROOT,
          "Candidate " + id() + " names neither a cluster nor a name: expected the id of a cluster, its name, or both");
    }
    if (origin() == CandidateOrigin.MAPPING && (region().isEmpty() || sector().isEmpty())) {
      throw new RuleViolationException(Rule.SELECTION_CANDIDATE_SOURCE, region().isEmpty() ? "/region" : "/sector",
          "Candidate " + id() + " comes from mapping without its " + (region().isEmpty() ? "region" : "sector")
              + ": expected the region and sector of the mapping data set it was found in");
    }
    if (origin() == CandidateOrigin.NOMINATED && nominatedBy().isEmpty() && source().isEmpty()) {
      throw new RuleViolationException(Rule.SELECTION_CANDIDATE_SOURCE, Pointer.ROOT,
          "Nominated candidate " + id() + " names neither who nominated it nor its source: expected an organisation, a source, or both");
    }
  }

  /** Builds a {@link Candidate}. */
  public static final class Builder extends ImmutableCandidate.Builder {
    Builder() {}
  }
}
