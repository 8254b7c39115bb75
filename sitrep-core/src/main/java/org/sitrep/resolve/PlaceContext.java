package org.sitrep.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is known around a place name when choosing among its candidates.
 *
 * @param countries ISO2 codes of the countries the article names or the caller gives; empty when unknown
 * @param admin1    the first-level region the place is said to lie in, or null
 * @param anchors   places already resolved nearby in the same text (a candidate close to them is more likely)
 */
public record PlaceContext(Set<String> countries, Gazetteer.Entry admin1, List<Gazetteer.Entry> anchors) {
    public static final PlaceContext NONE = new PlaceContext(Set.of(), null, List.of());

    public PlaceContext {
        countries = Set.copyOf(Objects.requireNonNull(countries, "countries"));
        anchors = List.copyOf(Objects.requireNonNull(anchors, "anchors"));
    }

    public PlaceContext withCountries(Set<String> iso2) {
        return new PlaceContext(iso2, admin1, anchors);
    }

    public PlaceContext withAdmin1(Gazetteer.Entry region) {
        return new PlaceContext(countries, region, anchors);
    }

    public PlaceContext withAnchors(List<Gazetteer.Entry> places) {
        return new PlaceContext(countries, admin1, places);
    }
}
