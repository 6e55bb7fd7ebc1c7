package org.cnd.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cnd.core.actor.Organisation;
import org.cnd.core.actor.Person;
import org.cnd.core.cluster.Cluster;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.Identifier;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.id.PersonId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.internal.CndStyle;
import org.cnd.core.programme.Programme;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.cnd.core.validation.ValidationReport;
import org.immutables.value.Value;

/**
 * The root aggregate: every entity of a body of programme data, as flat collections that refer to each other by
 * identifier, like the JSON format.
 *
 * <p>Identifiers are unique within each collection (an invariant: a portfolio with a duplicate cannot be built).
 * Everything else that holds across entities, such as references that must resolve, is checked by {@link
 * #validate()}, which reports every violation and never throws. Look-ups by identifier are O(1): the indexes are
 * computed once per portfolio, when first used. Changes return a new portfolio.
 */
@Value.Immutable
@CndStyle
public abstract class Portfolio {
  Portfolio() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The portfolio with nothing in it. */
  public static Portfolio empty() {
    return builder().build();
  }

  /** The organisations. */
  public abstract ImmutableList<Organisation> organisations();

  /** The people. */
  public abstract ImmutableList<Person> people();

  /** The clusters. */
  public abstract ImmutableList<Cluster> clusters();

  /** The programmes. */
  public abstract ImmutableList<Programme> programmes();

  // --- look-ups ---------------------------------------------------------------------------------------------

  @Value.Lazy
  ImmutableMap<OrganisationId, Organisation> organisationIndex() {
    return index(organisations(), Organisation::id);
  }

  @Value.Lazy
  ImmutableMap<PersonId, Person> personIndex() {
    return index(people(), Person::id);
  }

  @Value.Lazy
  ImmutableMap<ClusterId, Cluster> clusterIndex() {
    return index(clusters(), Cluster::id);
  }

  @Value.Lazy
  ImmutableMap<ProgrammeId, Programme> programmeIndex() {
    return index(programmes(), Programme::id);
  }

  /** The organisation with this identifier. */
  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  /** The person with this identifier. */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(personIndex().get(id));
  }

  /** The cluster with this identifier. */
  public Optional<Cluster> cluster(ClusterId id) {
    return Optional.ofNullable(clusterIndex().get(id));
  }

  /** The programme with this identifier. */
  public Optional<Programme> programme(ProgrammeId id) {
    return Optional.ofNullable(programmeIndex().get(id));
  }

  /** True when an entity with this identifier is in the portfolio. */
  public boolean contains(Identifier id) {
    if (id instanceof OrganisationId o) {
      return organisationIndex().containsKey(o);
    } else if (id instanceof PersonId p) {
      return personIndex().containsKey(p);
    } else if (id instanceof ClusterId c) {
      return clusterIndex().containsKey(c);
    } else if (id instanceof ProgrammeId p) {
      return programmeIndex().containsKey(p);
    }
    return false;
  }

  // --- changes ----------------------------------------------------------------------------------------------

  /** This portfolio with the organisation added, or replacing the one with its identifier. */
  public Portfolio withOrganisation(Organisation organisation) {
    return builder().from(this).organisations(upsert(organisations(), organisation, Organisation::id)).build();
  }

  /** This portfolio with the person added, or replacing the one with its identifier. */
  public Portfolio withPerson(Person person) {
    return builder().from(this).people(upsert(people(), person, Person::id)).build();
  }

  /** This portfolio with the cluster added, or replacing the one with its identifier. */
  public Portfolio withCluster(Cluster cluster) {
    return builder().from(this).clusters(upsert(clusters(), cluster, Cluster::id)).build();
  }

  /** This portfolio with the programme added, or replacing the one with its identifier. */
  public Portfolio withProgramme(Programme programme) {
    return builder().from(this).programmes(upsert(programmes(), programme, Programme::id)).build();
  }

  // --- validation and queries -------------------------------------------------------------------------------

  /** Checks every rule across entities; reports every violation and never throws. */
  public ValidationReport validate() {
    return PortfolioValidator.validate(this);
  }

  /** The questions programme staff ask of this portfolio. */
  @Value.Lazy
  public PortfolioQueries queries() {
    return new PortfolioQueries(this);
  }

  @Value.Check
  void checkUniqueIds() {
    checkUnique(organisations(), Organisation::id, "organisations");
    checkUnique(people(), Person::id, "people");
    checkUnique(clusters(), Cluster::id, "clusters");
    checkUnique(programmes(), Programme::id, "programmes");
  }

  static <T, K extends Identifier> void checkUnique(List<T> items, Function<T, K> id, String collection) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K key = id.apply(items.get(i));
      Integer previous = first.putIfAbsent(key, i);
      if (previous != null) {
        throw new RuleViolationException(Rule.PORTFOLIO_DUPLICATE_ID, Pointer.of(collection, i, "id"),
            "Duplicate id \"" + key + "\" in " + collection + ": expected ids unique within the collection, found it at "
                + Pointer.of(collection, previous, "id") + " too");
      }
    }
  }

  static <T, K> ImmutableMap<K, T> index(List<T> items, Function<T, K> id) {
    ImmutableMap.Builder<K, T> out = ImmutableMap.builderWithExpectedSize(items.size());
    items.forEach(item -> out.put(id.apply(item), item));
    return out.buildOrThrow();
  }

  static <T, K> ImmutableList<T> upsert(List<T> items, T item, Function<T, K> id) {
    K key = id.apply(item);
    ImmutableList.Builder<T> out = ImmutableList.builderWithExpectedSize(items.size() + 1);
    boolean replaced = false;
    for (T existing : items) {
      if (!replaced && id.apply(existing).equals(key)) {
        out.add(item);
        replaced = true;
      } else {
        out.add(existing);
      }
    }
    if (!replaced) {
      out.add(item);
    }
    return out.build();
  }

  /** Builds a {@link Portfolio}; {@link #build()} refuses duplicate identifiers. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}
