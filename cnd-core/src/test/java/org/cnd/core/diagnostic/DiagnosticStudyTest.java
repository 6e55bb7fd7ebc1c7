package org.cnd.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cnd.core.testing.MethodologyFixtures.CLUSTER;
import static org.cnd.core.testing.MethodologyFixtures.completeSwot;
import static org.cnd.core.testing.MethodologyFixtures.d;
import static org.cnd.core.testing.MethodologyFixtures.endorsedStudy;
import static org.cnd.core.testing.MethodologyFixtures.smallMap;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cnd.core.cluster.SizeClass;
import org.cnd.core.id.DiagnosticStudyId;
import org.cnd.core.id.IndicatorId;
import org.cnd.core.id.MapActorId;
import org.cnd.core.monitoring.IndicatorValue;
import org.cnd.core.validation.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosticStudyTest {
  private static final DiagnosticStudyId ID = DiagnosticStudyId.of("s");

  private static void refused(ThrowingCallable build, String ruleId, String path, String message) {
    assertThatThrownBy(build).isInstanceOf(RuleViolationException.class).satisfies(e -> {
      RuleViolationException r = (RuleViolationException) e;
      assertThat(r.ruleId()).isEqualTo(ruleId);
      assertThat(r.violation().path()).isEqualTo(path);
      assertThat(r.getMessage()).contains(message);
    });
  }

  private static DiagnosticStudy.Builder validated() {
    return DiagnosticStudy.builder().id(ID).cluster(CLUSTER).swot(completeSwot()).clusterMap(smallMap())
        .validation(Approval.of(d("2005-06"), "Stakeholders' workshop"));
  }

  @Test
  void aDraftNeedsNothingMore() {
    DiagnosticStudy draft = DiagnosticStudy.builder().id(ID).cluster(CLUSTER).build();
    assertThat(draft.status()).isEqualTo(StudyStatus.DRAFT);
    assertThat(draft.isEndorsedBy(d("2030"))).isFalse();
  }

  @Test
  void statusFollowsTheApprovals() {
    assertThat(validated().build().status()).isEqualTo(StudyStatus.VALIDATED);
    DiagnosticStudy endorsed = endorsedStudy(ID, CLUSTER, d("2005-06"));
    assertThat(endorsed.status()).isEqualTo(StudyStatus.ENDORSED);
    assertThat(endorsed.isEndorsedBy(d("2005-06-01"))).isTrue();
    assertThat(endorsed.isEndorsedBy(d("2005-05-31"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"strengths", "weaknesses", "opportunities", "threats"})
  void aValidatedStudyHasAllFourSwotLists(String empty) {
    Swot.Builder swot = Swot.builder();
    Finding f = Finding.of(Theme.MARKET, "Demand");
    if (!empty.equals("strengths")) {
      swot.addStrengths(f);
    }
    if (!empty.equals("weaknesses")) {
      swot.addWeaknesses(f);
    }
    if (!empty.equals("opportunities")) {
      swot.addOpportunities(f);
    }
    if (!empty.equals("threats")) {
      swot.addThreats(f);
    }
    refused(() -> validated().swot(swot.build()).build(), "diagnostic.swot-incomplete", "/swot",
        "The validated study s has an incomplete SWOT: expected four non-empty lists, found empty " + empty);
  }

  @Test
  void anEndorsedStudyWithoutSwotIsRefused() {
    refused(() -> DiagnosticStudy.builder().from(endorsedStudy(ID, CLUSTER, d("2005"))).swot(Optional.empty()).build(),
        "diagnostic.swot-incomplete", "/swot", "The endorsed study s has an incomplete SWOT: expected four non-empty lists, found no SWOT");
  }

  @Test
  void aValidatedStudyHasAnActorOnItsMap() {
    refused(() -> validated().clusterMap(Optional.empty()).build(), "diagnostic.map-empty", "/clusterMap", "found no map");
    refused(() -> validated().clusterMap(ClusterMap.builder().build()).build(), "diagnostic.map-empty", "/clusterMap",
        "found a map without actors");
  }

  @Test
  void endorsementIsNotDatedBeforeValidation() {
    refused(() -> validated().endorsement(Approval.of(d("2005-05-31"), "Committee")).build(),
        "diagnostic.endorsement-order", "/endorsement/date",
        "Study s is endorsed 2005-05-31: expected no earlier than its validation (2005-06)");
    assertThat(validated().endorsement(Approval.of(d("2005-06-01"), "Committee")).build().status()).isEqualTo(StudyStatus.ENDORSED);
    assertThat(validated().endorsement(Approval.of(d("2005"), "Committee")).build().status()).isEqualTo(StudyStatus.ENDORSED);
  }

  @Test
  void anEndorsementWithoutRecordedValidationIsAllowed() {
    DiagnosticStudy s = validated().validation(Optional.empty()).endorsement(Approval.of(d("2005"), "Committee")).build();
    assertThat(s.status()).isEqualTo(StudyStatus.ENDORSED);
  }

  @Test
  void eachSizeClassIsCountedOnce() {
    refused(() -> DiagnosticStudy.builder().id(ID).cluster(CLUSTER)
            .addEnterprisesBySize(EnterpriseCount.of(SizeClass.SMALL, 300), EnterpriseCount.of(SizeClass.SMALL, 20)).build(),
        "diagnostic.size-class-duplicate", "/enterprisesBySize/1/sizeClass", "Size class small is counted twice");
  }

  @Test
  void countsAreNotNegative() {
    refused(() -> EnterpriseCount.of(SizeClass.MICRO, -1), "figure.negative", "/count", "found -1");
    refused(() -> MapActor.builder().id(MapActorId.of("a")).kind(ActorKind.BUYERS).count(-3).build(), "figure.negative", "/count",
        "found -3");
  }

  @Test
  void eachIndicatorHasOneBaselineValue() {
    IndicatorId i = IndicatorId.of("i");
    refused(() -> DiagnosticStudy.builder().id(ID).cluster(CLUSTER)
            .addBaselines(BaselineValue.of(i, IndicatorValue.of(1)), BaselineValue.of(i, IndicatorValue.of(2))).build(),
        "diagnostic.baseline-duplicate", "/baselines/1/indicator", "Indicator i has two baseline values");
    DiagnosticStudy one = DiagnosticStudy.builder().id(ID).cluster(CLUSTER).addBaselines(BaselineValue.of(i, IndicatorValue.of(1))).build();
    assertThat(one.baselineOf(i)).map(BaselineValue::value).contains(IndicatorValue.of(1));
    assertThat(one.baselineOf(IndicatorId.of("other"))).isEmpty();
  }

  @Test
  void mapActorsHaveDistinctIds() {
    MapActor a = MapActor.builder().id(MapActorId.of("a")).kind(ActorKind.BUYERS).build();
    refused(() -> ClusterMap.builder().addActors(a, a).build(), "diagnostic.map-actor-duplicate", "/actors/1/id",
        "Duplicate actor id \"a\"");
  }

  @Test
  void mapLinkagesJoinActorsOfTheMap() {
    MapActor a = MapActor.builder().id(MapActorId.of("a")).kind(ActorKind.BUYERS).build();
    refused(() -> ClusterMap.builder().addActors(a)
            .addLinkages(MapLinkage.of(MapActorId.of("a"), MapActorId.of("z"), MapLinkageKind.SALES, LinkageStrength.WEAK)).build(),
        "diagnostic.map-linkage", "/linkages/0/toActor", "Linkage's toActor \"z\" is not on the map");
    refused(() -> ClusterMap.builder().addActors(a)
            .addLinkages(MapLinkage.of(MapActorId.of("y"), MapActorId.of("a"), MapLinkageKind.SALES, LinkageStrength.WEAK)).build(),
        "diagnostic.map-linkage", "/linkages/0/fromActor", "Linkage's fromActor \"y\"");
    ClusterMap selfLinked = ClusterMap.builder().addActors(a)
        .addLinkages(MapLinkage.of(MapActorId.of("a"), MapActorId.of("a"), MapLinkageKind.COOPERATION, LinkageStrength.STRONG)).build();
    assertThat(selfLinked.actor(MapActorId.of("a"))).contains(a);
  }

  @Test
  void swotReportsItsEmptyLists() {
    assertThat(completeSwot().isComplete()).isTrue();
    assertThat(completeSwot().emptyLists()).isEmpty();
    assertThat(Swot.builder().build().emptyLists()).containsExactly("strengths", "weaknesses", "opportunities", "threats");
  }

  @Test
  void requiredTextIsNotBlank() {
    refused(() -> Finding.of(Theme.SKILLS, " "), "text.blank", "/text", "Blank finding");
    refused(() -> Approval.of(d("2005"), ""), "text.blank", "/body", "Blank approving body");
    refused(() -> DiagnosticStudy.builder().id(ID).cluster(CLUSTER).title(" ").build(), "text.blank", "/title", "study title");
  }

  @Test
  void enumerationsHaveCodes() {
    assertThat(List.of(Theme.values())).extracting(Theme::code).containsExactly("market", "technology", "finance", "skills",
        "inputs", "infrastructure", "policy", "compliance", "cooperation");
    assertThat(List.of(ActorKind.values())).extracting(ActorKind::code).containsExactly("principal_firms", "suppliers", "buyers",
        "bds_providers", "support_institutions", "associations", "financial_institutions", "public_bodies");
    assertThat(ActorKind.fromCode("bds_providers")).contains(ActorKind.BDS_PROVIDERS);
    assertThat(StudyStatus.fromCode("endorsed")).contains(StudyStatus.ENDORSED);
    assertThat(Theme.fromCode("Market")).isEmpty();
  }
}
