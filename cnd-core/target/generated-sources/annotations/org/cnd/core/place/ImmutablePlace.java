package org.cnd.core.place;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable implementation of {@link Place}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Place.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutablePlace extends Place {
  private final CountryCode country;
  private final SubdivisionCode subdivision;
  private final ImmutableList<String> localities;
  private final String area;
  private final GeoPoint point;

  private ImmutablePlace(ImmutablePlace.Builder builder) {
    this.country = builder.country;
    this.subdivision = builder.subdivision;
    this.localities = builder.localities.build();
    this.area = builder.area;
    this.point = builder.point;
  }

  /**
   * @return The value of the {@code country} attribute
   */
  @Override
  public CountryCode country() {
    return country;
  }

  /**
   * @return The value of the {@code subdivision} attribute
   */
  @Override
  public Optional<SubdivisionCode> subdivision() {
    return Optional.ofNullable(subdivision);
  }

  /**
   * @return The value of the {@code localities} attribute
   */
  @Override
  public ImmutableList<String> localities() {
    return localities;
  }

  /**
   * @return The value of the {@code area} attribute
   */
  @Override
  public Optional<String> area() {
    return Optional.ofNullable(area);
  }

  /**
   * @return The value of the {@code point} attribute
   */
  @Override
  public Optional<GeoPoint> point() {
    return Optional.ofNullable(point);
  }

  /**
   * This instance is equal to all instances of {@code ImmutablePlace} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutablePlace
        && equalsByValue((ImmutablePlace) another);
  }

  private boolean equalsByValue(ImmutablePlace another) {
    return country.equals(another.country)
        && Objects.equals(subdivision, another.subdivision)
        && localities.equals(another.localities)
        && Objects.equals(area, another.area)
        && Objects.equals(point, another.point);
  }

  /**
   * Computes a hash code from attributes: {@code country}, {@code subdivision}, {@code localities}, {@code area}, {@code point}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + country.hashCode();
    h += (h << 5) + Objects.hashCode(subdivision);
    h += (h << 5) + localities.hashCode();
    h += (h << 5) + Objects.hashCode(area);
    h += (h << 5) + Objects.hashCode(point);
    return h;
  }

  /**
   * Prints the immutable value {@code Place} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Place")
        .omitNullValues()
        .add("country", country)
        .add("subdivision", subdivision)
        .add("localities", localities)
        .add("area", area)
        .add("point", point)
        .toString();
  }

  private static ImmutablePlace validate(ImmutablePlace instance) {
    instance.check();
    return instance;
  }

  /**
   * Builds instances of type {@link Place Place}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_COUNTRY = 0x1L;
    private long initBits = 0x1L;

    private CountryCode country;
    private SubdivisionCode subdivision;
    private ImmutableList.Builder<String> localities = ImmutableList.builder();
    private String area;
    private GeoPoint point;

    /**
     * Creates a builder for {@link Place Place} instances.
     * <pre>
     * new Place.Builder()
     *    .country(org.cnd.core.place.CountryCode) // required {@link Place#country() country}
     *    .subdivision(Optional&lt;org.cnd.core.place.SubdivisionCode&gt;) // optional {@link Place#subdivision() subdivision}
     *    .addLocalities|addAllLocalities(String) // {@link Place#localities() localities} elements
     *    .area(Optional&lt;String&gt;) // optional {@link Place#area() area}
     *    .point(Optional&lt;org.cnd.core.place.GeoPoint&gt;) // optional {@link Place#point() point}
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof Place.Builder)) {
        throw new UnsupportedOperationException("Use: new Place.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Place} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder from(Place instance) {
      Objects.requireNonNull(instance, "instance");
      this.country(instance.country());
      Optional<SubdivisionCode> subdivisionOptional = instance.subdivision();
      if (subdivisionOptional.isPresent()) {
        subdivision(subdivisionOptional);
      }
      addAllLocalities(instance.localities());
      Optional<String> areaOptional = instance.area();
      if (areaOptional.isPresent()) {
        area(areaOptional);
      }
      Optional<GeoPoint> pointOptional = instance.point();
      if (pointOptional.isPresent()) {
        point(pointOptional);
      }
      return (Place.Builder) this;
    }

    /**
     * Initializes the value for the {@link Place#country() country} attribute.
     * @param country The value for country 
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder country(CountryCode country) {
      this.country = Objects.requireNonNull(country, "country");
      initBits &= ~INIT_BIT_COUNTRY;
      return (Place.Builder) this;
    }

    /**
     * Initializes the optional value {@link Place#subdivision() subdivision} to subdivision.
     * @param subdivision The value for subdivision
     * @return {@code this} builder for chained invocation
     */
    public final Place.Builder subdivision(SubdivisionCode subdivision) {
      this.subdivision = Objects.requireNonNull(subdivision, "subdivision");
      return (Place.Builder) this;
    }

    /**
     * Initializes the optional value {@link Place#subdivision() subdivision} to subdivision.
     * @param subdivision The value for subdivision
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder subdivision(Optional<? extends SubdivisionCode> subdivision) {
      this.subdivision = subdivision.orElse(null);
      return (Place.Builder) this;
    }

    /**
     * Adds one element to {@link Place#localities() localities} list.
     * @param element A localities element
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder addLocalities(String element) {
      this.localities.add(element);
      return (Place.Builder) this;
    }

    /**
     * Adds elements to {@link Place#localities() localities} list.
     * @param elements An array of localities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder addLocalities(String... elements) {
      this.localities.add(elements);
      return (Place.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Place#localities() localities} list.
     * @param elements An iterable of localities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder localities(Iterable<String> elements) {
      this.localities = ImmutableList.builder();
      return addAllLocalities(elements);
    }

    /**
     * Adds elements to {@link Place#localities() localities} list.
     * @param elements An iterable of localities elements
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder addAllLocalities(Iterable<String> elements) {
      this.localities.addAll(elements);
      return (Place.Builder) this;
    }

    /**
     * Initializes the optional value {@link Place#area() area} to area.
     * @param area The value for area
     * @return {@code this} builder for chained invocation
     */
    public final Place.Builder area(String area) {
      this.area = Objects.requireNonNull(area, "area");
      return (Place.Builder) this;
    }

    /**
     * Initializes the optional value {@link Place#area() area} to area.
     * @param area The value for area
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder area(Optional<String> area) {
      this.area = area.orElse(null);
      return (Place.Builder) this;
    }

    /**
     * Initializes the optional value {@link Place#point() point} to point.
     * @param point The value for point
     * @return {@code this} builder for chained invocation
     */
    public final Place.Builder point(GeoPoint point) {
      this.point = Objects.requireNonNull(point, "point");
      return (Place.Builder) this;
    }

    /**
     * Initializes the optional value {@link Place#point() point} to point.
     * @param point The value for point
     * @return {@code this} builder for use in a chained invocation
     */
    public final Place.Builder point(Optional<? extends GeoPoint> point) {
      this.point = point.orElse(null);
      return (Place.Builder) this;
    }

    /**
     * Builds a new {@link Place Place}.
     * @return An immutable instance of Place
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Place build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutablePlace.validate(new ImmutablePlace(this));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_COUNTRY) != 0) attributes.add("country");
      return "Cannot build Place, some of required attributes are not set " + attributes;
    }
  }
}
