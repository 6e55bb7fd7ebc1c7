package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.List;
import org.cnd.core.programme.Programme;
import org.cnd.core.testing.PortfolioGen;
import org.cnd.core.testing.PortfolioGen.Corruption;
import org.cnd.core.testing.PortfolioGen.Expected;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.ValidationReport;
import org.cnd.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Properties of the portfolio validator on generated portfolios: valid ones are clean, and each single-point
 * corruption yields exactly the violations expected, at exactly the paths expected, and nothing else.
 */
class PortfolioValidatorProperties {
  @Test
  void everyGeneratedPortfolioValidatesClean() {
    Multiset<String> seen = HashMultiset.create();
    qt().withExamples(100).withShrinkCycles(200).forAll(PortfolioGen.portfolios()).checkAssert(p -> {
      ValidationReport report = p.validate();
      assertThat(report.violations()).isEmpty();
      assertThat(report.isClean()).isTrue();
      count(p, seen);
    });
    // The property means little if the generator never makes what the rules look at.
    assertThat(seen.elementSet()).containsExactlyInAnyOrder("parent", "affiliation", "participant", "funder",
        "funding amount", "budget", "target", "parent relation", "other relation", "two status changes",
        "period", "open period", "change before period");
  }

  private static void count(Portfolio p, Multiset<String> seen) {
    p.organisations().forEach(o -> o.parent().ifPresent(x -> seen.add("parent")));
    p.people().forEach(x -> x.affiliation().ifPresent(a -> seen.add("affiliation")));
    for (Programme programme : p.programmes()) {
      programme.participants().forEach(x -> seen.add("participant"));
      programme.funding().forEach(f -> {
        seen.add("funder");
        f.amount().ifPresent(a -> seen.add("funding amount"));
      });
      programme.budget().ifPresent(b -> seen.add("budget"));
      programme.targetClusters().forEach(x -> seen.add("target"));
      programme.relatedProgrammes().forEach(r ->
          seen.add(r.kind() == org.cnd.core.programme.RelationKind.PARENT ? "parent relation" : "other relation"));
      if (programme.statusHistory().size() >= 2) {
        seen.add("two status changes");
      }
      programme.period().ifPresent(period -> {
        seen.add(period.isOpen() ? "open period" : "period");
        if (programme.statusHistory().stream().anyMatch(c -> c.date().isCertainlyBefore(period.start()))) {
          seen.add("change before period");
        }
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Corruption.Kind.class)
  void eachCorruptionYieldsExactlyTheExpectedViolations(Corruption.Kind kind) {
    qt().withExamples(50).withShrinkCycles(200).forAll(PortfolioGen.corruptions(kind)).checkAssert(c -> {
      assertThat(c.valid().validate().isClean()).isTrue();
      assertThat(c.expected()).isNotEmpty();
      List<Violation> found = c.corrupted().validate().violations();
      assertThat(found).extracting(v -> new Expected(Rule.byId(v.ruleId()).orElseThrow(), v.path()))
          .as("violations of %s", kind)
          .containsExactlyInAnyOrderElementsOf(c.expected());
      assertThat(found).allSatisfy(v -> {
        assertThat(v.isError()).isTrue();
        assertThat(v.message()).contains("expected");
      });
    });
  }

  /** Removing a programme leaves a dangling reference at every place that named it, and nowhere else. */
  @Test
  void removingAProgrammeReportsEveryReferenceToIt() {
    qt().withExamples(100).withShrinkCycles(200).forAll(PortfolioGen.portfolios(1, 5)).checkAssert(p -> {
      Programme removed = p.programmes().get(0);
      List<Programme> rest = p.programmes().subList(1, p.programmes().size());
      Portfolio without = Portfolio.builder().from(p).programmes(rest).build();
      List<Expected> expected = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        for (int j = 0; j < rest.get(i).relatedProgrammes().size(); j++) {
          if (rest.get(i).relatedProgrammes().get(j).programme().equals(removed.id())) {
            expected.add(new Expected(Rule.REFERENCE_PROGRAMME,
                Pointer.of("programmes", i, "relatedProgrammes", j, "programme")));
          }
        }
      }
      assertThat(without.validate().violations())
          .extracting(v -> new Expected(Rule.byId(v.ruleId()).orElseThrow(), v.path()))
          .containsExactlyElementsOf(expected);
    });
  }

  /** Removing an organisation leaves a dangling reference at every place that named it, in document order. */
  @Test
  void removingAnOrganisationReportsEveryReferenceToIt() {
    qt().withExamples(100).withShrinkCycles(200).forAll(PortfolioGen.portfolios(1, 5)).checkAssert(p -> {
      var removed = p.organisations().get(0).id();
      var rest = p.organisations().subList(1, p.organisations().size());
      Portfolio without = Portfolio.builder().from(p).organisations(rest).build();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        if (rest.get(i).parent().filter(removed::equals).isPresent()) {
          expected.add(Pointer.of("organisations", i, "parent"));
        }
      }
      for (int i = 0; i < p.people().size(); i++) {
        if (p.people().get(i).affiliation().filter(removed::equals).isPresent()) {
          expected.add(Pointer.of("people", i, "affiliation"));
        }
      }
      for (int i = 0; i < p.programmes().size(); i++) {
        Programme programme = p.programmes().get(i);
        for (int j = 0; j < programme.participants().size(); j++) {
          if (programme.participants().get(j).organisation().equals(removed)) {
            expected.add(Pointer.of("programmes", i, "participants", j, "organisation"));
          }
        }
        for (int j = 0; j < programme.funding().size(); j++) {
          if (programme.funding().get(j).funder().equals(removed)) {
            expected.add(Pointer.of("programmes", i, "funding", j, "funder"));
          }
        }
      }
      ValidationReport report = without.validate();
      assertThat(report.violations()).extracting(Violation::path).containsExactlyElementsOf(expected);
      assertThat(report.violations()).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo(Rule.REFERENCE_ORGANISATION.id()));
    });
  }

  @Test
  void validationIsDeterministic() {
    qt().withExamples(50).withShrinkCycles(200).forAll(PortfolioGen.corruptions()).checkAssert(c ->
        assertThat(c.corrupted().validate()).isEqualTo(Portfolio.builder().from(c.corrupted()).build().validate()));
  }
}
