package org.cnd.core.place;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * Where something is: a country, optionally a subdivision of it, the localities (towns, districts; "Gujrat/Gujranwala"
 * is two), an area within the locality ("Korangi", Karachi) and a point.
 */
@Value.Immutable
public abstract class Place {
  Place() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A place that is a whole country. */
  public static Place of(CountryCode country) {
    return builder().country(country).build();
  }

  /** The country. */
  public abstract CountryCode country();

  /** The ISO 3166-2 subdivision (province, state), which belongs to the country. */
  public abstract Optional<SubdivisionCode> subdivision();

  /** The localities: towns, cities or districts, in the order the record names them. */
  public abstract ImmutableList<String> localities();

  /** An area within the (first) locality, such as an industrial estate or a quarter. */
  public abstract Optional<String> area();

  /** A representative point. */
  public abstract Optional<GeoPoint> point();

  @Value.Check
  void check() {
    subdivision().ifPresent(s -> {
      if (!s.isIn(country())) {
        throw new RuleViolationException(Rule.PLACE_SUBDIVISION_COUNTRY, "/subdivision",
            "Subdivision " + s + " does not belong to country " + country() + ": expected a code starting with "
                + country() + "-");
      }
    });
    for (int i = 0; i < localities().size(); i++) {
      Texts.checkNotBlank(localities().get(i), "/localities/" + i, "locality");
    }
    area().ifPresent(a -> {
      Texts.checkNotBlank(a, "/area", "area");
      if (localities().isEmpty()) {
        throw new RuleViolationException(Rule.PLACE_AREA, "/area",
            "Area \"" + a + "\" is named without a locality: expected the locality it lies in");
      }
    });
  }

  /** Builds a {@link Place}. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
