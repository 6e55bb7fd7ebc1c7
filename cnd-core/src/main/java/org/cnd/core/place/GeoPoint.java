package org.cnd.core.place;

import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/** A point on the earth in WGS 84 degrees; latitude within [-90, 90], longitude within [-180, 180]. */
public final class GeoPoint {
  private final double latitude;
  private final double longitude;

  private GeoPoint(double latitude, double longitude) {
    this.latitude = latitude;
    this.longitude = longitude;
  }

  /**
   * The point at the given latitude and longitude.
   *
   * @throws RuleViolationException ({@code place.point}) when either is out of range or not a number
   */
  public static GeoPoint of(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new RuleViolationException(Rule.PLACE_POINT, "/latitude",
          "Invalid latitude: expected a number within [-90, 90], found " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new RuleViolationException(Rule.PLACE_POINT, "/longitude",
          "Invalid longitude: expected a number within [-180, 180], found " + longitude);
    }
    // -0.0 and 0.0 are one point; keep one form so that equal points print alike.
    return new GeoPoint(latitude + 0.0, longitude + 0.0);
  }

  /** Degrees north (negative south). */
  public double latitude() {
    return latitude;
  }

  /** Degrees east (negative west). */
  public double longitude() {
    return longitude;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GeoPoint p
        && Double.compare(latitude, p.latitude) == 0
        && Double.compare(longitude, p.longitude) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
  }

  /** {@code latitude,longitude}. */
  @Override
  public String toString() {
    return latitude + "," + longitude;
  }
}
