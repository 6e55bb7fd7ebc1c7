package org.cnd.core.programme;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.internal.Texts;
import org.cnd.core.money.Money;
import org.cnd.core.time.DateRange;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A programme that targets clusters: a UNIDO project, a national or provincial scheme, a draft proposal.
 *
 * <p>Its status is its history: the list of {@linkplain #statusHistory() status changes} in time order, the last
 * being the current status. It targets clusters by identifier or, when the record only says "a number of artisanal
 * clusters", by a {@linkplain #targetDescription() description}.
 */
@Value.Immutable
public abstract class Programme {
  Programme() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract ProgrammeId id();

  /** The title. */
  public abstract String title();

  /** The code the programme is known by, such as {@code US/PAK/01/099}. */
  public abstract Optional<String> code();

  /** When it runs or ran. */
  public abstract Optional<DateRange> period();

  /** Its status changes, in time order. */
  public abstract ImmutableList<StatusChange> statusHistory();

  /** The organisations taking part, each in one role. */
  public abstract ImmutableList<Participation> participants();

  /** The budget, never negative. */
  public abstract Optional<Money> budget();

  /** Who funds it, in cash or in kind. */
  public abstract ImmutableList<FundingCommitment> funding();

  /** The clusters it targets, each once. */
  public abstract ImmutableList<ClusterId> targetClusters();

  /** What it targets, when the record does not name the clusters. */
  public abstract Optional<String> targetDescription();

  /** Programmes it relates to. */
  public abstract ImmutableList<ProgrammeRelation> relatedProgrammes();

  /** Free text. */
  public abstract Optional<String> description();

  /**
   * Its IATI activity identifier, when its reporting organisation gave it one; else the IATI export may build one
   * from the reporting organisation's identifier and the programme's {@linkplain #code() code}.
   */
  public abstract Optional<IatiActivityId> iatiIdentifier();

  /** When it was planned to run, beside {@linkplain #period() when it runs or ran}. */
  public abstract Optional<DateRange> plannedPeriod();

  /** Its purposes in the OECD DAC's 5-digit codes, each once, beside the ISIC sectors of its clusters. */
  public abstract ImmutableList<DacPurpose> purposes();

  /** Money that moved for it: funds received, commitments, disbursements and expenditure. */
  public abstract ImmutableList<Transaction> transactions();

  /** The language its texts (title, description, notes) are written in. */
  public abstract Optional<LanguageCode> language();

  /** The status after the last change, if any change is recorded. */
  public Optional<ProgrammeStatus> currentStatus() {
    return statusHistory().isEmpty()
        ? Optional.empty()
        : Optional.of(statusHistory().get(statusHistory().size() - 1).status());
  }

  /** The organisations in a role. */
  public ImmutableList<OrganisationId> participantsIn(ParticipationRole role) {
    return participants().stream()
        .filter(p -> p.role() == role)
        .map(Participation::organisation)
        .collect(ImmutableList.toImmutableList());
  }

  /** True when the programme targets the cluster. */
  public boolean targets(ClusterId cluster) {
    return targetClusters().contains(cluster);
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "programme title");
    code().ifPresent(c -> Texts.checkNotBlank(c, "/code", "programme code"));
    targetDescription().ifPresent(d -> Texts.checkNotBlank(d, "/targetDescription", "target description"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    budget().ifPresent(b -> {
      if (b.isNegative()) {
        throw new RuleViolationException(Rule.MONEY_NEGATIVE, "/budget",
            "Negative budget: expected 0 or more, found " + b);
      }
    });
    Set<ClusterId> seen = new HashSet<>();
    for (int i = 0; i < targetClusters().size(); i++) {
      if (!seen.add(targetClusters().get(i))) {
        throw new RuleViolationException(Rule.PROGRAMME_TARGET_DUPLICATE, "/targetClusters/" + i,
            "Cluster " + targetClusters().get(i) + " is targeted twice: expected each target cluster once");
      }
    }
    Set<String> purposeCodes = new HashSet<>();
    for (int i = 0; i < purposes().size(); i++) {
      if (!purposeCodes.add(purposes().get(i).code())) {
        throw new RuleViolationException(Rule.PROGRAMME_PURPOSE_DUPLICATE, "/purposes/" + i + "/code",
            "DAC purpose " + purposes().get(i).code() + " is named twice: expected each purpose code once");
      }
    }
    for (int i = 0; i < relatedProgrammes().size(); i++) {
      if (relatedProgrammes().get(i).programme().equals(id())) {
        throw new RuleViolationException(Rule.PROGRAMME_SELF_RELATION, "/relatedProgrammes/" + i + "/programme",
            "Programme " + id() + " is related to itself: expected another programme");
      }
    }
  }

  /** Builds a {@link Programme}. */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
