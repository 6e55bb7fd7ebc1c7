package org.cnd.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main classes of cnd-core, imported once by ArchUnit for the tests that inspect the code itself.
 *
 * <p>Surefire runs the tests on the module path, with the test classes patched into the module; ArchUnit finds the
 * classes by package, and the import option leaves out everything under {@code test-classes}.
 */
public final class CoreClasses {
  private CoreClasses() {}

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.cnd.core");

  /** The main classes of cnd-core. */
  public static JavaClasses main() {
    return MAIN;
  }
}
