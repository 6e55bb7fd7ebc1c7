package org.cnd.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.cnd.core.validation.Pointer;
import org.junit.jupiter.api.Test;

class PathTest {
  @Test
  void anEntityOfACollection() {
    assertThat(Path.of("actionPlans", 3)).hasToString("/actionPlans/3");
  }

  @Test
  void eachStepAddsANameAnIndexOrBoth() {
    Path plan = Path.of("actionPlans", 3);
    assertThat(plan.with("cluster")).hasToString("/actionPlans/3/cluster");
    assertThat(plan.with("activities", 0).with("funding", 12).with("organisation"))
        .hasToString("/actionPlans/3/activities/0/funding/12/organisation");
    assertThat(plan.with("responsible").with(7)).hasToString("/actionPlans/3/responsible/7");
  }

  @Test
  void aStepLeavesThePathItStartsFromAsItWas() {
    Path plan = Path.of("trainings", 1);
    plan.with("exercises", 2);
    assertThat(plan).hasToString("/trainings/1");
  }

  @Test
  void namesAreEscapedAsThePointersOfEveryOtherCheck() {
    assertThat(Path.of("a/b", 0).with("c~d")).hasToString("/a~1b/0/c~0d");
  }

  @Test
  void theSameTextAsPointerOfTheSameTokens() {
    qt().withExamples(200).forAll(strings().ascii().ofLengthBetween(0, 8), integers().between(0, 100_000),
        strings().ascii().ofLengthBetween(0, 8), integers().between(0, 100_000))
        .checkAssert((collection, i, name, j) -> assertThat(Path.of(collection, i).with(name, j).with(name))
            .hasToString(Pointer.of(collection, i, name, j, name)));
  }
}
