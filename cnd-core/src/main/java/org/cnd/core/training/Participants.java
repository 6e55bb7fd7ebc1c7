package org.cnd.core.training;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalLong;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * Who took part in a training, as the record states it: "20 CDAs representing six national and private sector
 * bodies including SMEDA Sindh and AHAN" is a count of 20, an organisation count of 6 and two named organisations.
 *
 * <p>Invariants: counts are not negative, and no more people or organisations are named than are counted.
 */
@Value.Immutable
public abstract class Participants {
  Participants() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many took part. */
  public abstract OptionalLong count();

  /** How many organisations they came from. */
  public abstract OptionalLong organisationCount();

  /** The organisations they came from, those the record names. */
  public abstract ImmutableList<OrganisationId> organisations();

  /** The participants the record names. */
  public abstract ImmutableList<PersonId> people();

  /** What the record says of them: CDAs and officials. */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    description().ifPresent(d -> Texts.checkNotBlank(d, "/description", "description"));
    checkCount(count(), people().size(), "/count", "participants", "people named");
    checkCount(organisationCount(), organisations().size(), "/organisationCount", "organisations", "organisations named");
  }

  private static void checkCount(OptionalLong count, int named, String path, String what, String namedWhat) {
    if (count.isEmpty()) {
      return;
    }
    if (count.getAsLong() < 0) {
      throw new RuleViolationException(Rule.FIGURE_NEGATIVE, path,
          "Negative count of " + what + ": expected 0 or more, found " + count.getAsLong());
    }
    if (named > count.getAsLong()) {
      throw new RuleViolationException(Rule.TRAINING_PARTICIPANTS, path,
          "Count of " + what + " is " + count.getAsLong() + ": expected at least the " + named + " " + namedWhat);
    }
  }

  /** Builds {@link Participants}. */
  public static final class Builder extends ImmutableParticipants.Builder {
    Builder() {}
  }
}
