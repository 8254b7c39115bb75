package org.sitrep.model;

import java.util.Objects;

/**
 * A resolved place from the gazetteer.
 *
 * @param geonameId   the GeoNames id, or 0 when the gazetteer has none for it (second-level regions)
 * @param name        the gazetteer's preferred name
 * @param featureKind country, first- or second-level region, or populated place
 * @param country     ISO 3166-1 alpha-2 code, upper case
 * @param admin1      the first-level region's name, or "" for a country
 * @param admin2      the second-level region's name, or "" when unknown or not applicable
 * @param lat         WGS84 latitude in degrees; for regions and countries an approximate centre
 * @param lon         WGS84 longitude in degrees
 * @param precision   as ACLED's geo_precision: 1 town, 2 district (admin2), 3 region (admin1), 4 country
 */
public record Place(long geonameId, String name, FeatureKind featureKind, String country, String admin1,
                    String admin2, double lat, double lon, int precision) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(featureKind, "featureKind");
        Objects.requireNonNull(country, "country");
        admin1 = admin1 == null ? "" : admin1;
        admin2 = admin2 == null ? "" : admin2;
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
            throw new IllegalArgumentException("Place needs lat in [-90, 90] and lon in [-180, 180]; got " + lat + ", " + lon);
        if (precision < 1 || precision > 4)
            throw new IllegalArgumentException("Place precision must be 1..4; got " + precision);
    }
}
