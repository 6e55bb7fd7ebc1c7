package org.cnd.core.network;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.immutables.value.Value;

/** A project a network's members carry out together: a joint stand at a trade fair, a common testing facility. */
@Value.Immutable
public abstract class JointProject {
  JointProject() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A project with a name. */
  public static JointProject of(String name) {
    return builder().name(name).build();
  }

  /** The name. */
  public abstract String name();

  /** When it ran. */
  public abstract Optional<DateRange> period();

  /** Free text. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "joint project name");
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
  }

  /** Builds a {@link JointProject}. */
  public static final class Builder extends ImmutableJointProject.Builder {
    Builder() {}
  }
}
