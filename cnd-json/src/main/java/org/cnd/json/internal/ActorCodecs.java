package org.cnd.json.internal;

import static org.cnd.json.internal.ValueCodecs.COUNTRY;
import static org.cnd.json.internal.ValueCodecs.ORGANISATION_ID;
import static org.cnd.json.internal.ValueCodecs.PARTIAL_DATE;
import static org.cnd.json.internal.ValueCodecs.PERSON_ID;
import static org.cnd.json.internal.ValueCodecs.TEXT;

import org.cnd.core.actor.FormerName;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.OrganisationKind;
import org.cnd.core.actor.Person;

/** The codecs of {@code org.cnd.core.actor}: organisations and people. */
public final class ActorCodecs {
  private ActorCodecs() {}

  /** What kind of body an organisation is. */
  public static final CodeCodec<OrganisationKind> ORGANISATION_KIND =
      CodeCodec.of(OrganisationKind.class, "organisation kind");

  /** A name an organisation was known by before. */
  public static final ObjectCodec<FormerName, FormerName.Builder> FORMER_NAME =
      ObjectCodec.define(FormerName.class, "former name", FormerName::builder, FormerName.Builder::build)
          .required("name", TEXT, FormerName::name, FormerName.Builder::name)
          .optional("acronym", TEXT, FormerName::acronym, FormerName.Builder::acronym)
          .optional("until", PARTIAL_DATE, FormerName::until, FormerName.Builder::until)
          .build();

  /** An organisation. */
  public static final ObjectCodec<Organisation, Organisation.Builder> ORGANISATION =
      ObjectCodec.define(Organisation.class, "organisation", Organisation::builder, Organisation.Builder::build)
          .required("id", ORGANISATION_ID, Organisation::id, Organisation.Builder::id)
          .required("name", TEXT, Organisation::name, Organisation.Builder::name)
          .optional("acronym", TEXT, Organisation::acronym, Organisation.Builder::acronym)
          .required("kind", ORGANISATION_KIND, Organisation::kind, Organisation.Builder::kind)
          .optional("country", COUNTRY, Organisation::country, Organisation.Builder::country)
          .list("formerNames", FORMER_NAME, Organisation::formerNames, Organisation.Builder::addAllFormerNames)
          .optional("parent", ORGANISATION_ID, Organisation::parent, Organisation.Builder::parent)
          .build();

  /** A person. */
  public static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.define(Person.class, "person", Person::builder, Person.Builder::build)
          .required("id", PERSON_ID, Person::id, Person.Builder::id)
          .required("name", TEXT, Person::name, Person.Builder::name)
          .optional("affiliation", ORGANISATION_ID, Person::affiliation, Person.Builder::affiliation)
          .build();
}
