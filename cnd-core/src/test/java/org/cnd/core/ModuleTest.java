package org.cnd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * cnd-core is a named module that exports the packages of the model and hides those only the validator and the
 * builders need ({@code checks}, {@code internal}); and it runs on a plain module path with Guava alone.
 */
class ModuleTest {
  private static final String NAME = "org.cnd.core";
  private static final String INTERNAL = "org.cnd.core.internal";

  /** The packages that are not exported: the validator's checks and the shared style, codes and text checks. */
  private static final Set<String> HIDDEN = Set.of(INTERNAL, "org.cnd.core.checks");

  private static final Module CORE = Portfolio.class.getModule();

  /** The packages that hold main classes (Surefire patches the test classes into the module too). */
  private static Set<String> mainPackages() {
    return CoreClasses.main().stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
  }

  @Test
  void isANamedModule() {
    assertThat(CORE.isNamed()).as("tests run on the module path").isTrue();
    assertThat(CORE.getName()).isEqualTo(NAME);
    assertThat(ModuleLayer.boot().findModule(NAME)).contains(CORE);
  }

  @Test
  void exportsEveryMainPackageButTheHiddenOnesAndNothingElse() {
    Set<String> expected = mainPackages().stream().filter(p -> !HIDDEN.contains(p)).collect(Collectors.toSet());
    assertThat(exports(CORE.getDescriptor())).containsExactlyInAnyOrderElementsOf(expected)
        .contains(NAME, "org.cnd.core.id", "org.cnd.core.validation", "org.cnd.core.lifecycle");
    assertThat(mainPackages()).containsAll(HIDDEN);
  }

  /** Only the model is exported: the validator's checks, the text checks and the codes are not. */
  @Test
  void exportsNoneOfWhatOnlyTheValidatorNeeds() {
    for (String hidden : HIDDEN) {
      assertThat(CORE.isExported(hidden)).as(hidden).isFalse();
    }
    assertThat(CoreClasses.main().stream().filter(c -> c.getSimpleName().endsWith("Checks")
        || c.getSimpleName().equals("Texts") || c.getSimpleName().equals("References")))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(HIDDEN).as(c.getName()).contains(c.getPackageName()));
  }

  @Test
  void hidesTheInternalPackage() {
    assertThat(mainPackages()).contains(INTERNAL);
    assertThat(CORE.getPackages()).contains(INTERNAL);
    assertThat(CORE.isExported(INTERNAL)).isFalse();
    assertThat(CORE.isOpen(INTERNAL)).isFalse();
    assertThat(CORE.getDescriptor().exports()).noneMatch(e -> e.source().equals(INTERNAL));
    assertThat(CORE.getDescriptor().opens()).isEmpty();
  }

  @Test
  void exportsAreNotQualified() {
    assertThat(CORE.getDescriptor().exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
  }

  @Test
  void requiresGuavaAtRunTimeAndNoJsonLibrary() {
    ModuleDescriptor descriptor = CORE.getDescriptor();
    Set<String> runtime = descriptor.requires().stream()
        .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
        .map(ModuleDescriptor.Requires::name)
        .collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "com.google.common");
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .noneMatch(n -> n.startsWith("tools.jackson") || n.startsWith("com.fasterxml") || n.contains("gson")
            || n.contains("json"));
  }

  /**
   * Loads cnd-core afresh in a layer of its own, from its classes directory and the Guava jars only (no annotation
   * processor, no test library), and uses it through its exported API.
   */
  @Test
  void runsInALayerOfItsOwnWithGuavaAlone() throws ReflectiveOperationException {
    Configuration boot = ModuleLayer.boot().configuration();
    Path[] paths = {
      location(boot, NAME), location(boot, "com.google.common"),
      location(boot, "com.google.common.util.concurrent.internal")
    };
    Configuration configuration =
        boot.resolve(ModuleFinder.of(paths), ModuleFinder.of(), Set.of(NAME));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    Module fresh = layer.findModule(NAME).orElseThrow();
    assertThat(fresh).isNotSameAs(CORE);
    // Only cnd-core and Guava are defined in the new layer: nothing else is needed at run time.
    assertThat(layer.modules()).extracting(Module::getName).containsExactlyInAnyOrder(
        NAME, "com.google.common", "com.google.common.util.concurrent.internal");

    ClassLoader loader = layer.findLoader(NAME);
    Class<?> partialDate = loader.loadClass("org.cnd.core.time.PartialDate");
    assertThat(partialDate.getModule()).isSameAs(fresh);
    Object quarter = partialDate.getMethod("parse", CharSequence.class).invoke(null, "2007-Q1");
    assertThat(quarter).hasToString("2007-Q1");

    Class<?> portfolio = loader.loadClass("org.cnd.core.Portfolio");
    Object empty = portfolio.getMethod("empty").invoke(null);
    Object report = portfolio.getMethod("validate").invoke(empty);
    assertThat(report.getClass().getMethod("isClean").invoke(report)).isEqualTo(true);

    assertThat(fresh.isExported(INTERNAL)).isFalse();
    Class<?> codes = loader.loadClass("org.cnd.core.internal.Codes");
    assertThatThrownBy(() -> codes.getMethod("of", Enum.class).invoke(null, Thread.State.NEW))
        .isInstanceOf(IllegalAccessException.class)
        .hasMessageContaining("does not export org.cnd.core.internal");
  }

  private static Path location(Configuration configuration, String module) {
    URI uri = configuration.findModule(module).map(ResolvedModule::reference)
        .flatMap(r -> r.location())
        .orElseThrow(() -> new AssertionError("module " + module + " is not on the module path"));
    return Path.of(uri);
  }

  private static Set<String> exports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
  }
}
