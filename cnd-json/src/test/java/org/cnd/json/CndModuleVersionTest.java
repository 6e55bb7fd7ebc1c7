package org.cnd.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/** {@link CndModule#version()} is the project's version on the module path and on the class path alike. */
class CndModuleVersionTest {
  /** The version the compiler wrote into the module descriptor (maven-compiler-plugin's --module-version). */
  private static String descriptorVersion() {
    return CndModule.class.getModule().getDescriptor().rawVersion().orElseThrow();
  }

  @Test
  void onTheModulePathIsTheModulesVersion() {
    Version version = new CndModule().version();
    assertThat(CndModule.class.getModule().isNamed()).isTrue();
    assertThat(version.toString()).isEqualTo(descriptorVersion());
    assertThat(version.getGroupId()).isEqualTo("org.cnd");
    assertThat(version.getArtifactId()).isEqualTo("cnd-json");
  }

  @Test
  void onTheClassPathIsTheSameVersion() throws Exception {
    // The module's classes and Jackson's, loaded again by a class loader of their own: in the unnamed module, with
    // no module descriptor, as when the jars are on a class path. Its parent is the boot loader: the platform and
    // application loaders would hand org.cnd.json back to the named module.
    URL[] classPath = {location(CndModule.class), location(JacksonModule.class), location(Version.class)};
    try (URLClassLoader loader = new URLClassLoader(classPath, null)) {
      Class<?> module = Class.forName(CndModule.class.getName(), true, loader);
      assertThat(module.getModule().isNamed()).isFalse();
      Object version = module.getMethod("version").invoke(module.getConstructor().newInstance());
      assertThat(version.toString()).isEqualTo(descriptorVersion());
      assertThat(version.getClass().getMethod("isUnknownVersion").invoke(version)).isEqualTo(false);
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
