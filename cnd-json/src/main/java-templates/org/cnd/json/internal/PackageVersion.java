package org.cnd.json.internal;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this library, written into the source at build time from the Maven project (the template is
 * {@code src/main/java-templates}, filled in by the templating-maven-plugin), so that it is known on the class
 * path as well as on the module path.
 */
public final class PackageVersion implements Versioned {
  /** The library's version, group and artifact. */
  public static final Version VERSION = VersionUtil.parseVersion("${project.version}", "${project.groupId}",
      "${project.artifactId}");

  @Override
  public Version version() {
    return VERSION;
  }
}
