package org.sitrep.model;

/** What kind of place a {@link Place} is, from the most to the least extensive. */
public enum FeatureKind {
    COUNTRY, ADMIN1, ADMIN2, POPULATED_PLACE;

    /** The ACLED geo_precision that goes with this kind: 1 town, 2 district, 3 region, 4 country. */
    public int precision() {
        return switch (this) {
            case POPULATED_PLACE -> 1;
            case ADMIN2 -> 2;
            case ADMIN1 -> 3;
            case COUNTRY -> 4;
        };
    }
}
