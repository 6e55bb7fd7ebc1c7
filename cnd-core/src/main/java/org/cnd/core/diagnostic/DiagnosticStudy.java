package org.cnd.core.diagnostic;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cnd.core.cluster.ProfileFigures;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.EngagementId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A diagnostic study of a cluster: what the CDA found about the cluster's economic system, with its actors.
 *
 * <p>Its status follows from its approvals: a draft until {@linkplain #validation() validated} by the stakeholders,
 * then {@linkplain #endorsement() endorsed} by the cluster's governance body. Invariants: a validated or endorsed
 * study has a SWOT whose four lists are non-empty and a cluster map with at least one actor; its endorsement is not
 * dated certainly before its validation; it counts each size class and gives each indicator's baseline once.
 *
 * <p>A study made as an exercise of a CDA course may have no engagement.
 */
@Value.Immutable
public abstract class DiagnosticStudy {
  DiagnosticStudy() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract DiagnosticStudyId id();

  /** The title, when it has one. */
  public abstract Optional<String> title();

  /** The cluster studied. */
  public abstract ClusterId cluster();

  /** The engagement it was made for. */
  public abstract Optional<EngagementId> engagement();

  /** The people who wrote it. */
  public abstract ImmutableList<PersonId> authors();

  /** The organisations that wrote it. */
  public abstract ImmutableList<OrganisationId> authorOrganisations();

  /** When the study was carried out. */
  public abstract Optional<DateRange> period();

  /** Its validation by the cluster's stakeholders. */
  public abstract Optional<Approval> validation();

  /** Its endorsement by the cluster's governance body. */
  public abstract Optional<Approval> endorsement();

  /** The figures it found: enterprises, employment, output, exports. */
  public abstract Optional<ProfileFigures> profile();

  /** The enterprises it counted, by size class. */
  public abstract ImmutableList<EnterpriseCount> enterprisesBySize();

  /** The map of the cluster as it is. */
  public abstract Optional<ClusterMap> clusterMap();

  /** The map of the cluster as it should become. */
  public abstract Optional<ClusterMap> projectedMap();

  /** The strengths, weaknesses, opportunities and threats. */
  public abstract Optional<Swot> swot();

  /** The constraints that matter most. */
  public abstract ImmutableList<Finding> keyConstraints();

  /** The baseline values it found for indicators. */
  public abstract ImmutableList<BaselineValue> baselines();

  /** Free text. */
  public abstract Optional<String> description();

  /** Draft, validated or endorsed. */
  public StudyStatus status() {
    if (endorsement().isPresent()) {
      return StudyStatus.ENDORSED;
    }
    return validation().isPresent() ? StudyStatus.VALIDATED : StudyStatus.DRAFT;
  }

  /** True when the study is endorsed no later than the date (its endorsement is not certainly after it). */
  public boolean isEndorsedBy(PartialDate date) {
    return endorsement().map(e -> e.isBy(date)).orElse(false);
  }

  /** The baseline value the study gives for an indicator. */
  public Optional<BaselineValue> baselineOf(IndicatorId indicator) {
    return baselines().stream().filter(b -> b.indicator().equals(indicator)).findFirst();
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Texts.checkNotBlank(t, "/title", "study title"));
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    if (status() != StudyStatus.DRAFT) {
      String state = status().code();
      if (swot().isEmpty() || !swot().get().isComplete()) {
        throw new RuleViolationException(Rule.DIAGNOSTIC_SWOT_INCOMPLETE, "/swot",
            "The " + state + " study " + id() + " has an incomplete SWOT: expected four non-empty lists, found "
                + (swot().isEmpty() ? "no SWOT" : "empty " + String.join(", ", swot().get().emptyLists())));
      }
      if (clusterMap().isEmpty() || clusterMap().get().actors().isEmpty()) {
        throw new RuleViolationException(Rule.DIAGNOSTIC_MAP_EMPTY, "/clusterMap",
            "The " + state + " study " + id() + " has no actor on its cluster map: expected at least one, found "
                + (clusterMap().isEmpty() ? "no map" : "a map without actors"));
      }
    }
    if (validation().isPresent() && endorsement().isPresent()
        && endorsement().get().date().isCertainlyBefore(validation().get().date())) {
      throw new RuleViolationException(Rule.DIAGNOSTIC_ENDORSEMENT_ORDER, "/endorsement/date",
          "Study " + id() + " is endorsed " + endorsement().get().date() + ": expected no earlier than its validation ("
              + validation().get().date() + ")");
    }
    Map<SizeClass, Integer> sizes = new EnumMap<>(SizeClass.class);
    for (int i = 0; i < enterprisesBySize().size(); i++) {
      Integer previous = sizes.putIfAbsent(enterprisesBySize().get(i).sizeClass(), i);
      if (previous != null) {
        throw new RuleViolationException(Rule.DIAGNOSTIC_SIZE_CLASS_DUPLICATE, "/enterprisesBySize/" + i + "/sizeClass",
            "Size class " + enterprisesBySize().get(i).sizeClass().code() + " is counted twice in study " + id()
                + ": expected each size class once, found it at /enterprisesBySize/" + previous + " too");
      }
    }
    Map<IndicatorId, Integer> indicators = new HashMap<>();
    for (int i = 0; i < baselines().size(); i++) {
      Integer previous = indicators.putIfAbsent(baselines().get(i).indicator(), i);
      if (previous != null) {
        throw new RuleViolationException(Rule.DIAGNOSTIC_BASELINE_DUPLICATE, "/baselines/" + i + "/indicator",
            "Indicator " + baselines().get(i).indicator() + " has two baseline values in study " + id()
                + ": expected one, found another at /baselines/" + previous);
      }
    }
  }

  /** Builds a {@link DiagnosticStudy}. */
  public static final class Builder extends ImmutableDiagnosticStudy.Builder {
    Builder() {}
  }
}
