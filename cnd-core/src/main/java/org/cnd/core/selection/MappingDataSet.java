package org.cnd.core.selection;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.internal.Texts;
import org.cnd.core.time.PartialDate;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * Counts of employment and establishments by region and sector, from one source and vintage, such as an economic
 * census or a register of establishments: the data that cluster mapping starts from.
 *
 * <p>A region's employment, and the nation's, are the sums of the data set's counts: the data set is taken to cover
 * the whole economy (or its traded part) of the regions it names. A pair of region and sector without a count has
 * no employment and no establishments.
 *
 * <p>Invariants: each pair of region and sector is counted once; no sector code lies within another (ISIC {@code C}
 * and {@code 13} together would count textiles twice); the traded sectors are sectors of the data set.
 */
@Value.Immutable
public abstract class MappingDataSet {
  MappingDataSet() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier. */
  public abstract MappingDataSetId id();

  /** The title: Punjab establishments by district and ISIC division. */
  public abstract String title();

  /** Where the counts come from: the census or register, its publisher. */
  public abstract String source();

  /** The date the counts describe. */
  public abstract PartialDate vintage();

  /** The classification of the sectors, as the source names it: ISIC Rev.4. */
  public abstract String classification();

  /** The counts. */
  public abstract ImmutableList<MappingCount> counts();

  /** The sectors the source classes as traded; empty when it does not say. */
  public abstract ImmutableSet<IsicCode> tradedSectors();

  /** Free text: how the counts were made, what they leave out; made-up figures say so here. */
  public abstract Optional<String> note();

  /** The regions counted, in their order. */
  @Value.Lazy
  public ImmutableSortedSet<Region> regions() {
    return counts().stream().map(MappingCount::region).collect(ImmutableSortedSet.toImmutableSortedSet(Region::compareTo));
  }

  /** The sectors counted, in code order. */
  @Value.Lazy
  public ImmutableSortedSet<IsicCode> sectors() {
    return counts().stream().map(MappingCount::sector).collect(ImmutableSortedSet.toImmutableSortedSet(IsicCode::compareTo));
  }

  /** True when the data set says which sectors are traded. */
  public boolean statesTradedSectors() {
    return !tradedSectors().isEmpty();
  }

  /** The count of a sector in a region, if the data set has one. */
  public Optional<MappingCount> count(Region region, IsicCode sector) {
    return Optional.ofNullable(byCell().get(new Cell(region, sector)));
  }

  /** The employment of a sector in a region: E[s,r]; 0 when not counted. */
  public long employment(Region region, IsicCode sector) {
    return count(region, sector).map(MappingCount::employment).orElse(0L);
  }

  /** The establishments of a sector in a region; 0 when not counted. */
  public long establishments(Region region, IsicCode sector) {
    return count(region, sector).map(MappingCount::establishments).orElse(0L);
  }

  /**
   * A region's employment E[r] over the sectors the denominator counts.
   *
   * @throws IllegalArgumentException for {@link Denominator#TRADED_EMPLOYMENT} when the data set states no traded sectors
   */
  public long regionEmployment(Region region, Denominator denominator) {
    checkDenominator(denominator);
    return totals().regionTotal(region, denominator);
  }

  /** The nation's employment in a sector: E[s,N], the sum over the data set's regions. */
  public long sectorEmployment(IsicCode sector) {
    return totals().sector.getOrDefault(sector, 0L);
  }

  /**
   * The nation's employment E[N] over the sectors the denominator counts.
   *
   * @throws IllegalArgumentException for {@link Denominator#TRADED_EMPLOYMENT} when the data set states no traded sectors
   */
  public long totalEmployment(Denominator denominator) {
    checkDenominator(denominator);
    return denominator == Denominator.ALL_EMPLOYMENT ? totals().all : totals().traded;
  }

  void checkDenominator(Denominator denominator) {
    if (denominator == Denominator.TRADED_EMPLOYMENT && !statesTradedSectors()) {
      throw new IllegalArgumentException("Mapping data set " + id()
          + " states no traded sectors: expected traded sectors for a denominator of traded employment");
    }
  }

  record Cell(Region region, IsicCode sector) {}

  static final class Totals {
    final Map<Region, Long> regionAll = new HashMap<>();
    final Map<Region, Long> regionTraded = new HashMap<>();
    final Map<IsicCode, Long> sector = new HashMap<>();
    long all;
    long traded;

    long regionTotal(Region region, Denominator denominator) {
      return (denominator == Denominator.ALL_EMPLOYMENT ? regionAll : regionTraded).getOrDefault(region, 0L);
    }
  }

  @Value.Lazy
  ImmutableMap<Cell, MappingCount> byCell() {
    ImmutableMap.Builder<Cell, MappingCount> out = ImmutableMap.builder();
    for (MappingCount c : counts()) {
      out.put(new Cell(c.region(), c.sector()), c);
    }
    return out.buildOrThrow();
  }

  // Sums overflow only past 9.2e18 people: Math.addExact says so rather than wrapping.
  @Value.Lazy
  Totals totals() {
    Totals t = new Totals();
    for (MappingCount c : counts()) {
      t.regionAll.merge(c.region(), c.employment(), Math::addExact);
      t.sector.merge(c.sector(), c.employment(), Math::addExact);
      t.all = Math.addExact(t.all, c.employment());
      if (tradedSectors().contains(c.sector())) {
        t.regionTraded.merge(c.region(), c.employment(), Math::addExact);
        t.traded = Math.addExact(t.traded, c.employment());
      }
    }
    return t;
  }

  @Value.Check
  void check() {
    Texts.checkNotBlank(title(), "/title", "mapping data set title");
    Texts.checkNotBlank(source(), "/source", "mapping data set source");
    Texts.checkNotBlank(classification(), "/classification", "classification");
    note().ifPresent(n -> Texts.checkNotBlank(n, "/note", "note"));
    Map<Cell, Integer> seen = new HashMap<>();
    Map<IsicCode, Integer> firstOfSector = new java.util.LinkedHashMap<>();
    List<MappingCount> counts = counts();
    for (int i = 0; i < counts.size(); i++) {
      MappingCount c = counts.get(i);
      Integer before = seen.putIfAbsent(new Cell(c.region(), c.sector()), i);
      if (before != null) {
        throw new RuleViolationException(Rule.MAPPING_COUNT_DUPLICATE, "/counts/" + i,
            "Sector " + c.sector() + " in region " + c.region() + " is counted at /counts/" + before + " and again: expected one count per region and sector");
      }
      firstOfSector.putIfAbsent(c.sector(), i);
    }
    for (Map.Entry<IsicCode, Integer> a : firstOfSector.entrySet()) {
      for (IsicCode b : firstOfSector.keySet()) {
        if (!a.getKey().equals(b) && a.getKey().contains(b)) {
          int at = Math.max(a.getValue(), firstOfSector.get(b));
          throw new RuleViolationException(Rule.MAPPING_SECTOR_OVERLAP, "/counts/" + at + "/sector",
              "Sector " + b + " lies within sector " + a.getKey() + " of the same data set: expected sectors that do not overlap, so that no employment is counted twice");
        }
      }
    }
    int i = 0;
    for (IsicCode traded : tradedSectors()) {
      if (!firstOfSector.containsKey(traded)) {
        throw new RuleViolationException(Rule.MAPPING_TRADED_SECTOR, "/tradedSectors/" + i,
            "Traded sector " + traded + " has no count in mapping data set " + id() + ": expected one of its sectors " + firstOfSector.keySet());
      }
      i++;
    }
  }

  /** Builds a {@link MappingDataSet}. */
  public static final class Builder extends ImmutableMappingDataSet.Builder {
    Builder() {}
  }
}
