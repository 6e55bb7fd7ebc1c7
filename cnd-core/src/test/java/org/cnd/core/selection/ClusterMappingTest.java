package org.cnd.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.cnd.core.selection.MappingFixtures.APPAREL;
import static org.cnd.core.selection.MappingFixtures.ELECTRICAL;
import static org.cnd.core.selection.MappingFixtures.GUJRAT;
import static org.cnd.core.selection.MappingFixtures.LAHORE;
import static org.cnd.core.selection.MappingFixtures.OTHER_MANUFACTURING;
import static org.cnd.core.selection.MappingFixtures.SIALKOT;
import static org.cnd.core.selection.MappingFixtures.punjab;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.MappingDataSetId;
import org.cnd.core.time.PartialDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ClusterMappingTest {
  private static final List<Region> REGIONS = List.of(Region.district("a"), Region.district("b"), Region.district("c"),
      Region.district("d"), Region.district("e"));
  private static final List<IsicCode> SECTORS = List.of(IsicCode.of("10"), IsicCode.of("13"), IsicCode.of("14"), IsicCode.of("27"));
  private static final int CELLS = REGIONS.size() * SECTORS.size();

  /** A grid of regions by sectors; cell k is region k / sectors, sector k % sectors. */
  record Grid(int regions, int sectors, List<Long> employment, List<Long> establishments) {
    MappingDataSet data() {
      return data(k -> employment.get(k), k -> establishments.get(k));
    }

    MappingDataSet data(Function<Integer, Long> employment, Function<Integer, Long> establishments) {
      MappingDataSet.Builder b = MappingDataSet.builder().id(MappingDataSetId.of("grid")).title("Grid").source("Generated")
          .vintage(PartialDate.ofYear(2020)).classification("ISIC Rev.4");
      for (int r = 0; r < regions; r++) {
        for (int s = 0; s < sectors; s++) {
          int k = r * SECTORS.size() + s;
          b.addCounts(MappingCount.of(REGIONS.get(r), SECTORS.get(s), employment.apply(k), establishments.apply(k)));
        }
      }
      return b.build();
    }
  }

  private static Gen<Grid> grids() {
    return integers().between(1, REGIONS.size()).zip(integers().between(1, SECTORS.size()),
        lists().of(longs().between(0, 50_000)).ofSize(CELLS), lists().of(longs().between(0, 500)).ofSize(CELLS), Grid::new);
  }

  private static OptionalDouble lq(MappingDataSet data, Region r, IsicCode s) {
    return ClusterMapping.locationQuotient(data, r, s, Denominator.ALL_EMPLOYMENT);
  }

  // --- examples worked by hand (MappingFixtures: Sialkot 1,000 people, Lahore 2,000, Gujrat 1,000; E[32,N] = 750)

  @Test
  void locationQuotientsOfTheExample() {
    MappingDataSet data = punjab();
    // (600 / 1000) / (750 / 4000) = 0.6 / 0.1875
    assertThat(lq(data, SIALKOT, OTHER_MANUFACTURING)).hasValue(3.2);
    // (100 / 2000) / 0.1875 = 0.2666...
    assertThat(lq(data, LAHORE, OTHER_MANUFACTURING).getAsDouble()).isCloseTo(4.0 / 15, within(1e-15));
    // (800 / 1000) / (1400 / 4000) = 0.8 / 0.35
    assertThat(lq(data, GUJRAT, ELECTRICAL).getAsDouble()).isCloseTo(16.0 / 7, within(1e-15));
    // Traded only: (600 / 800) / (750 / 2150) = 2.15
    assertThat(ClusterMapping.locationQuotient(data, SIALKOT, OTHER_MANUFACTURING, Denominator.TRADED_EMPLOYMENT)).hasValue(2.15);
  }

  @Test
  void aQuotientIsUndefinedWithoutEmploymentInTheRegionOrTheSector() {
    MappingDataSet data = punjab();
    assertThat(lq(data, Region.district("Multan"), APPAREL)).isEmpty();
    assertThat(lq(data, SIALKOT, IsicCode.of("10"))).isEmpty();
  }

  @Test
  void tradedEmploymentIsRefusedForASectorThatIsNotTraded() {
    assertThatThrownBy(() -> ClusterMapping.locationQuotient(punjab(), LAHORE, APPAREL, Denominator.TRADED_EMPLOYMENT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sector 14 is not traded");
  }

  @Test
  void strongClustersOfTheExample() {
    Map<Region, StrongClusterResult> results = ClusterMapping.strongClusters(punjab(), OTHER_MANUFACTURING, Denominator.ALL_EMPLOYMENT, false)
        .stream().collect(Collectors.toMap(StrongClusterResult::region, r -> r));
    StrongClusterResult sialkot = results.get(SIALKOT);
    // LQs sorted 4/15, 4/15, 3.2: h = 1.5, so 4/15 + (3.2 - 4/15) / 2 = 26/15
    assertThat(sialkot.locationQuotientThreshold().getAsDouble()).isCloseTo(26.0 / 15, within(1e-12));
    // Employment 50, 100, 600: h = 0.5, 75; establishments 5, 10, 60: 7.5
    assertThat(sialkot.employmentThreshold()).isEqualTo(75.0);
    assertThat(sialkot.establishmentsThreshold()).isEqualTo(7.5);
    assertThat(sialkot.isStrong()).isTrue();
    assertThat(results.get(LAHORE).isStrong()).isFalse();
    assertThat(results.get(LAHORE).passesSpecialisation()).isFalse();
    assertThat(results.get(LAHORE).passesEmployment()).isTrue();
    assertThat(results.get(GUJRAT).passesEmployment()).isFalse();
    // Stricter: h = 1.8, 4/15 + (3.2 - 4/15) 0.8 = 2.6133...; Sialkot still passes
    StrongClusterResult strict = ClusterMapping.strongClusters(punjab(), OTHER_MANUFACTURING, Denominator.ALL_EMPLOYMENT, true).get(2);
    assertThat(strict.region()).isEqualTo(SIALKOT);
    assertThat(strict.locationQuotientThreshold().getAsDouble()).isCloseTo(4.0 / 15 + (3.2 - 4.0 / 15) * 0.8, within(1e-12));
    assertThat(strict.isStrong()).isTrue();
  }

  @Test
  void aTieAtTheSizePercentileFailsAndATieAtTheQuotientPercentilePasses() {
    // Every region has the same counts: every quotient is 1 and equals its percentile (pass), and employment equals
    // its percentile (fail: the Project asks for more than the 25th percentile).
    MappingDataSet flat = new Grid(3, 2, java.util.Collections.nCopies(CELLS, 10L), java.util.Collections.nCopies(CELLS, 2L)).data();
    StrongClusterResult r = ClusterMapping.strongClusters(flat, SECTORS.get(0), Denominator.ALL_EMPLOYMENT, false).get(0);
    assertThat(r.passesSpecialisation()).isTrue();
    assertThat(r.passesMinimumLocationQuotient()).isTrue();
    assertThat(r.passesEmployment()).isFalse();
    assertThat(r.isStrong()).isFalse();
  }

  @Test
  void starsOfTheExample() {
    Map<Region, StarRating> manufacturing = stars(OTHER_MANUFACTURING);
    // Size: 50, 100, 600 at 0.9: h = 1.8, 100 + 500 * 0.8 = 500. Focus: 0.05, 0.05, 0.6: 0.05 + 0.55 * 0.8 = 0.49.
    assertThat(manufacturing.get(SIALKOT).sizeThreshold()).isCloseTo(500.0, within(1e-9));
    assertThat(manufacturing.get(SIALKOT).focusThreshold().getAsDouble()).isCloseTo(0.49, within(1e-12));
    assertThat(manufacturing.get(SIALKOT).stars()).isEqualTo(3);
    assertThat(manufacturing.get(LAHORE).stars()).isZero();
    // Electrical: Gujrat 800 >= 720, LQ 16/7 >= 2, share 0.8 >= 0.68.
    assertThat(stars(ELECTRICAL).get(GUJRAT).stars()).isEqualTo(3);
    // Apparel: Lahore 1,500 >= 1,240 and share 0.75 >= 0.64, but LQ 0.75 / 0.4625 = 1.62 < 2.
    StarRating lahore = stars(APPAREL).get(LAHORE);
    assertThat(lahore.hasSizeStar()).isTrue();
    assertThat(lahore.hasSpecialisationStar()).isFalse();
    assertThat(lahore.hasFocusStar()).isTrue();
    assertThat(lahore.stars()).isEqualTo(2);
  }

  private static Map<Region, StarRating> stars(IsicCode sector) {
    return ClusterMapping.stars(punjab(), sector, Denominator.ALL_EMPLOYMENT, ClusterMapping.ECO_TOP_SHARE, 2.0).stream()
        .collect(Collectors.toMap(StarRating::region, r -> r));
  }

  @Test
  void noEmploymentEarnsNoSizeOrFocusStarEvenAtAThresholdOfZero() {
    MappingDataSet none = new Grid(2, 2, java.util.Collections.nCopies(CELLS, 0L), java.util.Collections.nCopies(CELLS, 0L)).data();
    StarRating r = ClusterMapping.stars(none, SECTORS.get(0), Denominator.ALL_EMPLOYMENT, 0.1, 0).get(0);
    assertThat(r.sizeThreshold()).isZero();
    assertThat(r.locationQuotient()).isEmpty();
    assertThat(r.focus()).isEmpty();
    assertThat(r.stars()).isZero();
  }

  @Test
  void refusesThresholdsOutsideTheirRanges() {
    assertThatThrownBy(() -> ClusterMapping.strongClusters(punjab(), APPAREL, Denominator.ALL_EMPLOYMENT, 1.2, 1, 0.25))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lqPercentile 1.2");
    assertThatThrownBy(() -> ClusterMapping.strongClusters(punjab(), APPAREL, Denominator.ALL_EMPLOYMENT, 0.75, -1, 0.25))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumLq");
    assertThatThrownBy(() -> ClusterMapping.stars(punjab(), APPAREL, Denominator.ALL_EMPLOYMENT, -0.1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topShare");
    assertThatThrownBy(() -> ClusterMapping.stars(punjab(), APPAREL, Denominator.ALL_EMPLOYMENT, 0.1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("specialisationThreshold");
  }

  // --- laws

  @Test
  void theWholeEconomyHasAQuotientOfOne() {
    // One region: it is the whole; one sector: it is the whole economy of every region.
    qt().withExamples(200).forAll(grids()).checkAssert(g -> {
      MappingDataSet oneRegion = new Grid(1, g.sectors(), g.employment(), g.establishments()).data();
      for (IsicCode s : oneRegion.sectors()) {
        lq(oneRegion, REGIONS.get(0), s).ifPresent(v -> assertThat(v).isEqualTo(1.0));
      }
      MappingDataSet oneSector = new Grid(g.regions(), 1, g.employment(), g.employment()).data();
      for (Region r : oneSector.regions()) {
        lq(oneSector, r, SECTORS.get(0)).ifPresent(v -> assertThat(v).isEqualTo(1.0));
      }
    });
  }

  @Test
  void theEmploymentWeightedMeanOfASectorsQuotientsIsOne() {
    qt().withExamples(200).forAll(grids()).checkAssert(g -> {
      MappingDataSet data = g.data();
      for (IsicCode s : data.sectors()) {
        if (data.sectorEmployment(s) == 0) {
          continue;
        }
        double mean = 0;
        for (Region r : data.regions()) {
          long share = data.regionEmployment(r, Denominator.ALL_EMPLOYMENT);
          mean += share == 0 ? 0 : lq(data, r, s).getAsDouble() * share / data.totalEmployment(Denominator.ALL_EMPLOYMENT);
        }
        assertThat(mean).isCloseTo(1.0, within(1e-9));
      }
    });
  }

  @Test
  void scalingEveryCountLeavesEveryQuotientUnchanged() {
    qt().withExamples(200).forAll(grids(), longs().between(2, 100_000)).checkAssert((g, k) -> {
      MappingDataSet data = g.data();
      MappingDataSet scaled = g.data(i -> g.employment().get(i) * k, i -> g.establishments().get(i));
      for (Region r : data.regions()) {
        for (IsicCode s : data.sectors()) {
          assertThat(lq(scaled, r, s)).isEqualTo(lq(data, r, s));
        }
      }
    });
  }

  /** Moves {@code d} people from sector t to sector s in region r: r's total stays the same. */
  private static MappingDataSet moved(Grid g, int r, int s, int t, long d) {
    int from = r * SECTORS.size() + t;
    int to = r * SECTORS.size() + s;
    return g.data(i -> i == from ? g.employment().get(i) - d : i == to ? g.employment().get(i) + d : g.employment().get(i),
        i -> g.establishments().get(i));
  }

  @Test
  void moreEmploymentInTheSectorWithTheSameTotalNeverLowersTheQuotient() {
    Gen<Grid> twoOrMoreSectors = grids().map(g -> new Grid(g.regions(), Math.max(2, g.sectors()), g.employment(), g.establishments()));
    qt().withExamples(300).forAll(twoOrMoreSectors, integers().between(0, 1000), integers().between(0, 1000), doubles().between(0, 1))
        .checkAssert((g, x, y, f) -> {
          int r = x % g.regions();
          int s = x / g.regions() % g.sectors();
          int t = (s + 1 + y % (g.sectors() - 1)) % g.sectors();
          long d = (long) (g.employment().get(r * SECTORS.size() + t) * f);
          MappingDataSet before = g.data();
          MappingDataSet after = moved(g, r, s, t, d);
          OptionalDouble was = lq(before, REGIONS.get(r), SECTORS.get(s));
          OptionalDouble now = lq(after, REGIONS.get(r), SECTORS.get(s));
          if (was.isPresent()) {
            assertThat(now.getAsDouble()).isGreaterThanOrEqualTo(was.getAsDouble());
          }
          StarRating starsWas = starsOf(before, r, s, 0.1, 1.5);
          StarRating starsNow = starsOf(after, r, s, 0.1, 1.5);
          assertThat(starsNow.stars()).isGreaterThanOrEqualTo(starsWas.stars());
          if (starsWas.hasSizeStar()) {
            assertThat(starsNow.hasSizeStar()).isTrue();
          }
          if (starsWas.hasFocusStar()) {
            assertThat(starsNow.hasFocusStar()).isTrue();
          }
        });
  }

  private static StarRating starsOf(MappingDataSet data, int r, int s, double topShare, double threshold) {
    return ClusterMapping.stars(data, SECTORS.get(s), Denominator.ALL_EMPLOYMENT, topShare, threshold).stream()
        .filter(x -> x.region().equals(REGIONS.get(r))).findFirst().orElseThrow();
  }

  @Test
  void starsNeverFallWhenTheThresholdsAreEased() {
    Gen<double[]> shares = doubles().between(0, 1).zip(doubles().between(0, 1), (p, q) -> new double[] {Math.min(p, q), Math.max(p, q)});
    Gen<double[]> thresholds = doubles().between(0, 5).zip(doubles().between(0, 5), (a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
    qt().withExamples(200).forAll(grids(), shares, thresholds).checkAssert((g, share, lq) -> {
          MappingDataSet data = g.data();
          for (IsicCode s : data.sectors()) {
            List<StarRating> strict = ClusterMapping.stars(data, s, Denominator.ALL_EMPLOYMENT, share[0], lq[1]);
            List<StarRating> eased = ClusterMapping.stars(data, s, Denominator.ALL_EMPLOYMENT, share[1], lq[0]);
            for (int i = 0; i < strict.size(); i++) {
              assertThat(eased.get(i).stars()).isGreaterThanOrEqualTo(strict.get(i).stars());
            }
          }
        });
  }

  @Test
  void aStrongClusterStaysStrongWhenTheQuotientPercentileIsLowered() {
    qt().withExamples(200).forAll(grids(), doubles().between(0, 1), doubles().between(0, 1)).checkAssert((g, p, q) -> {
      MappingDataSet data = g.data();
      for (IsicCode s : data.sectors()) {
        List<StrongClusterResult> strict = ClusterMapping.strongClusters(data, s, Denominator.ALL_EMPLOYMENT, Math.max(p, q), 1, 0.25);
        List<StrongClusterResult> eased = ClusterMapping.strongClusters(data, s, Denominator.ALL_EMPLOYMENT, Math.min(p, q), 1, 0.25);
        for (int i = 0; i < strict.size(); i++) {
          if (strict.get(i).isStrong()) {
            assertThat(eased.get(i).isStrong()).isTrue();
          }
        }
      }
    });
  }
}
