package org.cnd.core.selection;

import java.util.Optional;
import org.cnd.core.internal.Texts;
import org.cnd.core.place.SubdivisionCode;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A region of a mapping data set: an ISO 3166-2 subdivision ({@code PK-PB}, Punjab), or a named district, with the
 * subdivision it lies in when known (Sialkot, in {@code PK-PB}).
 *
 * <p>Invariant: a region names a subdivision, a district, or both. Two regions are the same when both parts are.
 */
@Value.Immutable
public abstract class Region implements Comparable<Region> {
  Region() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A whole subdivision. */
  public static Region of(SubdivisionCode subdivision) {
    return builder().subdivision(subdivision).build();
  }

  /** A district, with the subdivision it lies in. */
  public static Region district(String name, SubdivisionCode within) {
    return builder().district(name).subdivision(within).build();
  }

  /** A district whose subdivision the data set does not give. */
  public static Region district(String name) {
    return builder().district(name).build();
  }

  /** The subdivision: the region itself, or the one its district lies in. */
  public abstract Optional<SubdivisionCode> subdivision();

  /** The district's name, when the region is a district. */
  public abstract Optional<String> district();

  @Value.Check
  void check() {
    if (subdivision().isEmpty() && district().isEmpty()) {
      throw new RuleViolationException(Rule.MAPPING_REGION, Pointer.ROOT,
          "A region names neither a subdivision nor a district: expected an ISO 3166-2 code, a district name, or both");
    }
    district().ifPresent(d -> Texts.checkNotBlank(d, "/district", "district name"));
  }

  /** Orders by subdivision (regions without one first), then by district (whole subdivisions first). */
  @Override
  public int compareTo(Region other) {
    int bySubdivision = compareOptional(subdivision().map(SubdivisionCode::code), other.subdivision().map(SubdivisionCode::code));
    return bySubdivision != 0 ? bySubdivision : compareOptional(district(), other.district());
  }

  private static int compareOptional(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    return a.get().compareTo(b.get());
  }

  /** The district and its subdivision ({@code Sialkot, PK-PB}), the district, or the subdivision code. */
  @Override
  public String toString() {
    if (district().isEmpty()) {
      return subdivision().get().code();
    }
    return subdivision().map(s -> district().get() + ", " + s.code()).orElse(district().get());
  }

  /** Builds a {@link Region}. */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}
  }
}
