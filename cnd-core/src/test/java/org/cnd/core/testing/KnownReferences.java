package org.cnd.core.testing;

import java.util.Set;
import org.cnd.core.EntityKind;
import org.cnd.core.checks.References;
import org.cnd.core.id.Identifier;
import org.cnd.core.validation.Rule;

/** References over a fixed set of identifiers, with the rules and nouns of the entity kinds: for checks tested alone. */
public final class KnownReferences {
  private KnownReferences() {}

  /** References that hold exactly these identifiers. */
  public static References of(Set<? extends Identifier> known) {
    return new References() {
      @Override
      public boolean contains(Identifier id) {
        return known.contains(id);
      }

      @Override
      public Rule rule(Identifier id) {
        return kind(id).referenceRule().orElseThrow();
      }

      @Override
      public String noun(Identifier id) {
        return kind(id).noun();
      }
    };
  }

  private static EntityKind<?, ?> kind(Identifier id) {
    return EntityKind.of(id).orElseThrow(() -> new IllegalArgumentException("no kind for " + id));
  }
}
