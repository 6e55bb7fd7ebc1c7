package org.cnd.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * Thrown by a builder's {@code build()} when a required attribute was not set: a violation of {@code
 * value.missing-attribute} at the first missing attribute, such as {@code /level}, naming the type being built and
 * every attribute that is missing.
 *
 * <p>The builders of the model throw it instead of Immutables' {@link IllegalStateException}: the project's style
 * names it as the exception for an invalid builder state, and Immutables hands it the missing attributes' names.
 */
public final class MissingAttributeException extends RuleViolationException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> attributes;

  /**
   * The exception for these missing attributes; called by the generated builders, which pass their names.
   *
   * @param attributes the names of the required attributes that were not set, at least one
   */
  public MissingAttributeException(String... attributes) {
    this(ImmutableList.copyOf(attributes), builtType());
  }

  private MissingAttributeException(ImmutableList<String> attributes, String type) {
    super(Rule.VALUE_MISSING_ATTRIBUTE, attributes.isEmpty() ? Pointer.ROOT : Pointer.of(attributes.get(0)),
        "Cannot build " + type + " without " + String.join(", ", attributes)
            + ": expected every required attribute set, found " + (attributes.size() == 1 ? "it" : "them")
            + " missing");
    this.attributes = attributes;
  }

  /** The names of the required attributes that were not set, in the order of the type's attributes. */
  public ImmutableList<String> attributes() {
    return attributes;
  }

  // The type whose builder throws: the generated builder is ImmutableX.Builder, a class nested in ImmutableX.
  private static String builtType() {
    Optional<String> type = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames
            .map(StackWalker.StackFrame::getDeclaringClass)
            .filter(c -> c.getEnclosingClass() != null && c.getEnclosingClass().getSimpleName().startsWith("Immutable"))
            .map(c -> c.getEnclosingClass().getSimpleName().substring("Immutable".length()))
            .findFirst());
    return type.filter(t -> !t.isEmpty()).orElse("the value");
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage() + " " + Arrays.toString(attributes.toArray());
  }
}
