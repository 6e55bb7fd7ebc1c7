package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports its API package only; the machinery stays in the non-exported internal package. */
class ModuleTest {
  @Test
  void exportsTheApiPackageOnly() {
    Module module = IatiExport.class.getModule();
    assertThat(module.isNamed()).as("runs as a named module").isTrue();
    assertThat(module.getDescriptor().exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("org.cnd.iati");
    assertThat(module.getDescriptor().packages()).contains("org.cnd.iati.internal");
  }
}
