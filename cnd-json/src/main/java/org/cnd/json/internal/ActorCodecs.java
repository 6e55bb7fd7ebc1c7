package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.COUNTRY;
import static org.cnd.json.internal.ValueCodecs.IATI_ORGANISATION_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.TEXT;
import static org.cnd.json.internal.ValueCodecs.own;

import com.google.common.collect.ImmutableList;
import org.cnd.core.EntityKind;
import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.IatiOrganisationType;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.validation.Rule;

/** The codecs of {@code org.cnd.core.actor}: organisations and people. */
public final class ActorCodecs {
  private ActorCodecs() {}

  /** An organisation's identifier. */
  public static final TextCodec<OrganisationId> ORGANISATION_ID =
      ValueCodecs.id(EntityKind.ORGANISATIONS, OrganisationId::of);

  /** A person's identifier. */
  public static final TextCodec<PersonId> PERSON_ID = ValueCodecs.id(EntityKind.PEOPLE, PersonId::of);

  public static final CodeCodec<OrganisationKind> ORGANISATION_KIND =
      CodeCodec.of(OrganisationKind.class, "organisation kind", "What kind of body an organisation is.");
  public static final CodeCodec<IatiOrganisationType> IATI_ORGANISATION_TYPE =
      CodeCodec.of(IatiOrganisationType.class, "IATI organisation type",
          "The type of an organisation in IATI's OrganisationType code list (version 2.03).");

  /** A name an organisation was known by before. */
  public static final ObjectCodec<FormerName, FormerName.Builder> FORMER_NAME = ObjectCodec.deferred(() ->
      ObjectCodec.define(FormerName.class, "former name", FormerName::builder, FormerName.Builder::build)
          .about("A name an organisation was known by before.")
          .required("name", TEXT, FormerName::name, FormerName.Builder::name)
          .describe("the former full name")
          .optional("acronym", TEXT, FormerName::acronym, FormerName.Builder::acronym)
          .describe("the former acronym")
          .optional("until", PARTIAL_DATE, FormerName::until, FormerName.Builder::until)
          .describe("when the name stopped being used")
          .build());

  /** An organisation. */
  public static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION = ObjectCodec.deferred(() ->
      ObjectCodec.define(Organisation.class, "organisation", Organisation::builder, Organisation.Builder::build)
          .about("A body that funds, runs, supports or takes part in cluster development.")
          .rules(Rule.ORGANISATION_SELF_PARENT, Rule.ORGANISATION_PARENT_CYCLE)
          .required("id", own(ORGANISATION_ID), Organisation::id, Organisation.Builder::id)
          .required("name", TEXT, Organisation::name, Organisation.Builder::name)
          .describe("the full name: Trade Development Authority of Pakistan")
          .optional("acronym", TEXT, Organisation::acronym, Organisation.Builder::acronym)
          .describe("TDAP")
          .required("kind", ORGANISATION_KIND, Organisation::kind, Organisation.Builder::kind)
          .describe("what kind of body it is")
          .optional("country", COUNTRY, Organisation::country, Organisation.Builder::country)
          .describe("where it is based; absent for international bodies")
          .list("formerNames", FORMER_NAME, Organisation::formerNames, Organisation.Builder::addAllFormerNames)
          .describe("names it was known by before, oldest first")
          .optional("parent", ORGANISATION_ID, Organisation::parent, Organisation.Builder::parent)
          .describe("the organisation it is part of (not itself)")
          .optional("iatiIdentifier", IATI_ORGANISATION_ID, Organisation::iatiIdentifier,
              Organisation.Builder::iatiIdentifier)
          .describe("its IATI organisation identifier: `XM-DAC-41123` for UNIDO")
          .optional("iatiType", IATI_ORGANISATION_TYPE, Organisation::iatiType, Organisation.Builder::iatiType)
          .describe("its type in IATI's OrganisationType list")
          .build());

  /** A person. */
  public static final ObjectCodec<Person, Person.Builder> PERSON = ObjectCodec.deferred(() ->
      ObjectCodec.define(Person.class, "person", Person::builder, Person.Builder::build)
          .about("A person: a name and an affiliation, nothing more.")
          .required("id", own(PERSON_ID), Person::id, Person.Builder::id)
          .required("name", TEXT, Person::name, Person.Builder::name)
          .describe("the name as the person wants it recorded")
          .optional("affiliation", ORGANISATION_ID, Person::affiliation, Person.Builder::affiliation)
          .describe("the organisation the person works for")
          .build());

  /** The entity kinds of this area, each with its codec and the description of its array in the root. */
  static final ImmutableList<PortfolioCodec.Collection<?>> COLLECTIONS = ImmutableList.of(
      new PortfolioCodec.Collection<>(EntityKind.ORGANISATIONS, ORGANISATION, "the organisations"),
      new PortfolioCodec.Collection<>(EntityKind.PEOPLE, PERSON, "the people"));
}
