package org.cnd.core.actor;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.internal.Texts;
import org.cnd.core.place.CountryCode;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A body that funds, runs, supports or takes part in cluster development: a UN agency, a ministry, an SME agency,
 * an association, a company.
 */
@Value.Immutable
public abstract class Organisation {
  Organisation() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract OrganisationId id();

  /** The full name: Trade Development Authority of Pakistan. */
  public abstract String name();

  /** The acronym: TDAP. */
  public abstract Optional<String> acronym();

  /** What kind of body it is. */
  public abstract OrganisationKind kind();

  /** The country it is based in; absent for international bodies. */
  public abstract Optional<CountryCode> country();

  /** Names it was known by before, oldest first. */
  public abstract ImmutableList<FormerName> formerNames();

  /** The organisation it is part of: SMEDA Sindh is part of SMEDA. */
  public abstract Optional<OrganisationId> parent();

  /** Its identifier in the International Aid Transparency Initiative (IATI): {@code XM-DAC-41123} for UNIDO. */
  public abstract Optional<IatiOrganisationId> iatiIdentifier();

  /** Its type in IATI's OrganisationType code list. */
  public abstract Optional<IatiOrganisationType> iatiType();

  /** The acronym when there is one, else the name. */
  public String shortName() {
    return acronym().orElse(name());
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(name(), "/name", "organisation name");
    acronym().ifPresent(a -> Texts.checkNotBlank(a, "/acronym", "acronym"));
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new RuleViolationException(Rule.ORGANISATION_SELF_PARENT, "/parent",
          "Organisation " + id() + " names itself as parent: expected another organisation");
    }
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }
}
