package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Place;

/**
 * Resolves a place given as separate fields (town, district, province, country), as event data sets such as ACLED
 * or the CIR monitor give it: the country and province narrow the town's candidates; when the town is missing or
 * not found, the district, then the province, then the country is returned with its coarser precision.
 * Thread-safe.
 */
public final class StructuredGeocoder {
    /**
     * A resolved row.
     *
     * @param basis which field the place came from: "town", "district", "province" or "country"
     */
    public record Result(Place place, String basis, double nameScore) {}

    private final Gazetteer gazetteer;

    public StructuredGeocoder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Any field may be null or blank. Empty when nothing could be resolved. */
    public Optional<Result> resolve(String town, String district, String province, String country) {
        Gazetteer.Entry countryEntry = gazetteer.findCountry(blankToNull(country)).orElse(null);
        String cc = countryEntry == null ? null : countryEntry.country();
        if (countryEntry == null && isBlank(province) && !isBlank(country)) province = country; // "Crimea" as a country
        Gazetteer.Entry region = null;
        if (!isBlank(province)) {
            region = gazetteer.findAdmin1(province, cc).map(Gazetteer.Candidate::entry).orElse(null);
            if (region == null && cc != null)
                region = gazetteer.findAdmin1(province, null).map(Gazetteer.Candidate::entry).orElse(null);
        }
        if (cc == null && region != null) cc = region.country();
        PlaceContext context = new PlaceContext(cc == null ? Set.of() : Set.of(cc), region, List.of());
        for (String[] field : new String[][] {{"town", town}, {"district", district}}) {
            Optional<PlaceRanker.Ranked> best = bestPlace(field[1], context, cc);
            if (best.isPresent())
                return Optional.of(new Result(best.get().entry().toPlace(), field[0],
                        best.get().candidate().nameScore()));
        }
        if (region != null) return Optional.of(new Result(region.toPlace(), "province", 1));
        if (countryEntry != null) return Optional.of(new Result(countryEntry.toPlace(), "country", 1));
        return Optional.empty();
    }

    private Optional<PlaceRanker.Ranked> bestPlace(String name, PlaceContext context, String cc) {
        if (isBlank(name)) return Optional.empty();
        for (String variant : variants(name)) {
            List<Gazetteer.Candidate> candidates = new ArrayList<>();
            for (Gazetteer.Candidate c : gazetteer.candidates(variant))
                if (c.entry().kind() != FeatureKind.COUNTRY && (cc == null || c.entry().country().equals(cc))
                        && plausibleIn(c.entry(), context.admin1()))
                    candidates.add(c);
            List<PlaceRanker.Ranked> ranked = PlaceRanker.rank(candidates, context, FeatureKind.POPULATED_PLACE);
            if (!ranked.isEmpty()) return Optional.of(ranked.get(0));
        }
        return Optional.empty();
    }

    /**
     * A town outside the stated province is kept only near it (data sets and GeoNames draw some lines differently:
     * Kyiv city vs Kyiv Oblast); farther away it is a namesake, and the province's centre is the better answer.
     */
    private static boolean plausibleIn(Gazetteer.Entry e, Gazetteer.Entry region) {
        if (region == null) return true;
        if (e.country().equals(region.country()) && e.admin1Code().equals(region.admin1Code())) return true;
        return e.kmTo(region.lat(), region.lon()) <= MAX_KM_OUTSIDE_PROVINCE;
    }

    private static final double MAX_KM_OUTSIDE_PROVINCE = 120;

    /** The name as given, then without a parenthesis, then each comma- or slash-separated part. */
    static List<String> variants(String name) {
        List<String> out = new ArrayList<>();
        out.add(name.strip());
        String noParen = name.replaceAll("\\([^)]*\\)?", " ").strip();
        if (!noParen.isEmpty() && !out.contains(noParen)) out.add(noParen);
        for (String part : noParen.split("[,/;]| or | and ")) {
            String p = part.strip();
            if (!p.isEmpty() && !out.contains(p)) out.add(p);
        }
        return out;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
