package org.cnd.core.lifecycle;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.DateRange;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A person or an organisation (or a person for an organisation) working on an engagement in a role, for a period
 * when the record gives one.
 */
@Value.Immutable
public abstract class TeamMember {
  TeamMember() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A person in a role. */
  public static TeamMember of(PersonId person, TeamRole role) {
    return builder().person(person).role(role).build();
  }

  /** An organisation in a role. */
  public static TeamMember of(OrganisationId organisation, TeamRole role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** The person. */
  public abstract Optional<PersonId> person();

  /** The organisation, or the one the person works for on the engagement. */
  public abstract Optional<OrganisationId> organisation();

  /** The role. */
  public abstract TeamRole role();

  /** When the member works on the engagement; absent when the record does not say. */
  public abstract Optional<DateRange> period();

  /** Free text. */
  public abstract Optional<String> note();

  /**
   * True when the member may be on the team at the date: without a period, always; with one, when the date may fall
   * within it.
   */
  public boolean isOnTeamAt(PartialDate date) {
    return period().map(p -> p.mayContain(date)).orElse(true);
  }

  @Value.Check
  void check() {
    if (person().isEmpty() && organisation().isEmpty()) {
      throw new RuleViolationException(Rule.LIFECYCLE_TEAM_MEMBER, Pointer.ROOT,
          "Team member in role " + role().code() + " names nobody: expected a person, an organisation or both");
    }
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
  }

  /** Builds a {@link TeamMember}. */
  public static final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}
  }
}
