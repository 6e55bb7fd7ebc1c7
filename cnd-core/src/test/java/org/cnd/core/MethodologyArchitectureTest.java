package org.cnd.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The methodology's packages keep to the design's dependency graph: no cycles between areas, and the root package
 * (the portfolio) is seen by none of them; monitoring, the lowest of them, sees none of the others.
 */
class MethodologyArchitectureTest {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.cnd.core");

  @Test
  void theCoreIsImported() {
    org.assertj.core.api.Assertions.assertThat(CORE.contain(org.cnd.core.lifecycle.Engagement.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(CORE.contain(Portfolio.class)).isTrue();
  }

  @Test
  void areasFormNoCycle() {
    slices().matching("org.cnd.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void noMethodologyAreaSeesThePortfolio() {
    noClasses().that().resideInAnyPackage("org.cnd.core.lifecycle..", "org.cnd.core.diagnostic..", "org.cnd.core.plan..",
            "org.cnd.core.monitoring..", "org.cnd.core.training..", "org.cnd.core.collaboration..")
        .should().dependOnClassesThat().resideInAPackage("org.cnd.core")
        .check(CORE);
  }

  @Test
  void monitoringSeesNoOtherMethodologyArea() {
    noClasses().that().resideInAPackage("org.cnd.core.monitoring..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cnd.core.lifecycle..", "org.cnd.core.diagnostic..",
            "org.cnd.core.plan..", "org.cnd.core.training..", "org.cnd.core.collaboration..")
        .check(CORE);
  }

  @Test
  void trainingAndCollaborationSeeNoDocumentArea() {
    noClasses().that().resideInAnyPackage("org.cnd.core.training..", "org.cnd.core.collaboration..")
        .should().dependOnClassesThat().resideInAnyPackage("org.cnd.core.lifecycle..", "org.cnd.core.diagnostic..",
            "org.cnd.core.plan..", "org.cnd.core.monitoring..")
        .check(CORE);
  }
}
