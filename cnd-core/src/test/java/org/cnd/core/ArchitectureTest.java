package org.cnd.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The package rules of the core, checked on the compiled main classes with ArchUnit. The packages form a graph
 * without cycles: {@code validation} and {@code id} are its leaves; the values ({@code time}, {@code place}, {@code
 * money}) see only the leaves; the areas of the model see values and each other in one direction; {@code checks},
 * the validator's checks, sees the areas; the root package ({@code org.cnd.core}: the portfolio, its entity kinds,
 * its validator and queries) sees everything, and nothing sees it.
 */
class ArchitectureTest {
  private static final String CORE = "org.cnd.core";

  @Test
  void importsEveryMainClassAndNoTestClass() {
    assertThat(CoreClasses.main().stream().map(JavaClass::getName))
        .contains("org.cnd.core.Portfolio", "org.cnd.core.place.ImmutablePlace", "org.cnd.core.internal.Codes")
        .noneMatch(name -> name.startsWith("org.cnd.core.testing.") || name.endsWith("Test"));
  }

  @Test
  void coreDependsOnNoJsonLibrary() {
    noClasses().that().resideInAPackage("org.cnd.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "tools.jackson..", "com.fasterxml.jackson..", "com.google.gson..", "org.json..", "jakarta.json..",
            "javax.json..")
        .check(CoreClasses.main());
  }

  @Test
  void packagesFormNoCycle() {
    slices().matching("org.cnd.core.(*)..").should().beFreeOfCycles().check(CoreClasses.main());
  }

  @Test
  void nothingSeesTheRootPackage() {
    noClasses().that().resideInAPackage("org.cnd.core..").and().resideOutsideOfPackage(CORE)
        .should().dependOnClassesThat().resideInAPackage(CORE)
        .check(CoreClasses.main());
  }

  /** The validator's checks are for the root package alone: no area of the model sees them. */
  @Test
  void onlyTheRootPackageSeesTheChecks() {
    noClasses().that().resideInAPackage("org.cnd.core..").and().resideOutsideOfPackages(CORE, CORE + ".checks..")
        .should().dependOnClassesThat().resideInAPackage(CORE + ".checks..")
        .check(CoreClasses.main());
  }

  /** Monitoring, the lowest area of the methodology, sees none of the others. */
  @Test
  void monitoringSeesNoOtherMethodologyArea() {
    noClasses().that().resideInAPackage("org.cnd.core.monitoring..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cnd.core.lifecycle..", "org.cnd.core.diagnostic..",
            "org.cnd.core.plan..", "org.cnd.core.training..", "org.cnd.core.collaboration..")
        .check(CoreClasses.main());
  }

  /** Trainings, linkages and reports refer to the documents by identifier only. */
  @Test
  void trainingAndCollaborationSeeNoDocumentArea() {
    noClasses().that().resideInAnyPackage("org.cnd.core.training..", "org.cnd.core.collaboration..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cnd.core.lifecycle..", "org.cnd.core.diagnostic..",
            "org.cnd.core.plan..", "org.cnd.core.monitoring..")
        .check(CoreClasses.main());
  }

  @Test
  void validationDependsOnNoOtherPackageOfTheModel() {
    noClasses().that().resideInAPackage("org.cnd.core.validation..")
        .should().dependOnClassesThat(
            resideInAPackage("org.cnd.core..").and(not(resideInAPackage("org.cnd.core.validation.."))))
        .check(CoreClasses.main());
  }

  @Test
  void identifiersDependOnlyOnValidation() {
    noClasses().that().resideInAPackage("org.cnd.core.id..")
        .should().dependOnClassesThat(resideInAPackage("org.cnd.core..")
            .and(not(resideInAnyPackage("org.cnd.core.id..", "org.cnd.core.validation.."))))
        .check(CoreClasses.main());
  }

  /** Values use only the leaves (and the style annotation of the project); they know no entity and no other value. */
  @ParameterizedTest
  @ValueSource(strings = {"time", "place", "money"})
  void valuesDependOnlyOnTheLeaves(String value) {
    String own = CORE + "." + value + "..";
    noClasses().that().resideInAPackage(own)
        .should().dependOnClassesThat(resideInAPackage("org.cnd.core..").and(not(resideInAnyPackage(
            own, "org.cnd.core.id..", "org.cnd.core.validation..", "org.cnd.core.internal.."))))
        .check(CoreClasses.main());
  }

  @Test
  void generatedImplementationsAreNotPublic() {
    classes().that().haveSimpleNameStartingWith("Immutable").and().resideInAPackage("org.cnd.core..")
        .should().notBePublic()
        .check(CoreClasses.main());
  }

  /**
   * No {@code Immutable*} class of the model appears in a public signature, inherited builder methods included: the
   * public API names only {@code X} and {@code X.Builder}. Guava's immutable collections are fine.
   */
  @Test
  void publicSignaturesNameNoGeneratedClass() {
    Set<String> exported = Portfolio.class.getModule().getDescriptor().exports().stream()
        .map(e -> e.source())
        .collect(Collectors.toSet());
    assertThat(exported).contains(CORE, "org.cnd.core.programme");
    classes().that().arePublic().and().resideInAnyPackage(exported.toArray(String[]::new))
        .should(exposeNoGeneratedClass())
        .check(CoreClasses.main());
  }

  /** Guards the check above against passing vacuously: it does see the builder methods a public class inherits. */
  @Test
  void publicSignaturesIncludeInheritedBuilderMethods() {
    JavaClass builder = CoreClasses.main().get("org.cnd.core.place.Place$Builder");
    assertThat(apiCodeUnits(builder).map(JavaCodeUnit::getFullName))
        .contains("org.cnd.core.place.ImmutablePlace$Builder.country(org.cnd.core.place.CountryCode)");
  }

  private static ArchCondition<JavaClass> exposeNoGeneratedClass() {
    // X.Builder extends the generated builder, as the Immutables docs prescribe: no signature names that superclass,
    // and javadoc shows its methods as X.Builder's. Those inherited public methods are checked like the others.
    return new ArchCondition<>("expose no Immutable* class of the model in a public signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        apiCodeUnits(type).forEach(unit -> Stream.concat(
                unit.getReturnType().getAllInvolvedRawTypes().stream(),
                unit.getParameterTypes().stream().flatMap(t -> t.getAllInvolvedRawTypes().stream()))
            .filter(ArchitectureTest::isGenerated)
            .forEach(generated -> events.add(SimpleConditionEvent.violated(unit,
                unit.getFullName() + " (API of " + type.getName() + ") names " + generated.getName()))));
        for (JavaField field : type.getAllFields()) {
          if (isApi(field.getModifiers()) && isApi(field.getOwner())) {
            field.getType().getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isGenerated)
                .forEach(generated -> events.add(SimpleConditionEvent.violated(
                    field, field.getFullName() + " (API of " + type.getName() + ") names " + generated.getName())));
          }
        }
      }
    };
  }

  // The public and protected methods a class declares or inherits from the model, and its own such constructors.
  private static Stream<JavaCodeUnit> apiCodeUnits(JavaClass type) {
    return Stream.concat(type.getAllMethods().stream(), type.getConstructors().stream())
        .filter(unit -> isApi(unit.getModifiers()) && isApi(unit.getOwner()));
  }

  // Members of a package-private class (the generated builder) are API when a public class inherits them.
  private static boolean isApi(JavaClass owner) {
    return owner.getPackageName().startsWith(CORE);
  }

  private static boolean isApi(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  // ImmutableX and its nested classes, such as ImmutableX.Builder.
  private static boolean isGenerated(JavaClass type) {
    return type.getPackageName().startsWith(CORE)
        && type.getName().substring(type.getPackageName().length() + 1).startsWith("Immutable");
  }
}
