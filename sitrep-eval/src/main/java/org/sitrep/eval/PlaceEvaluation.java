package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.FeatureKind;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.Geo;
import org.sitrep.resolve.PlaceNameKey;
import org.sitrep.resolve.PlaceSpanResolver;
import org.sitrep.resolve.StructuredGeocoder;
import org.sitrep.resolve.TextGeoparser;

/**
 * Scores place resolution on rows shaped like the CIR Russia-Ukraine monitor dump (columns {@code title},
 * {@code brief description}, {@code lat}, {@code lon}, {@code country}, {@code province}, {@code district},
 * {@code town/city}), against the gold coordinates by great-circle distance:
 * <ul>
 *   <li><b>structured</b>: (town/city, district, province, country) → place; share of all rows within 10 km and
 *   50 km, and coverage (rows given any place); an exact-name baseline for comparison;</li>
 *   <li><b>text</b>: title + brief description geoparsed by {@link TextGeoparser} (gazetteer matching, no NER),
 *   scored on the rows whose text names the gold town (its key, within the matcher's spelling tolerance, occurs in
 *   the text); the prediction is the most specific place found, the earliest among equals.</li>
 * </ul>
 * Stateless apart from the gazetteer; thread-safe.
 */
public final class PlaceEvaluation {
    /** Counts for one mode. Shares are over {@code rows}. */
    public record Score(int rows, int resolved, int within10km, int within50km, Map<String, Integer> byBasis) {
        public double coverage() { return share(resolved); }
        public double share10km() { return share(within10km); }
        public double share50km() { return share(within50km); }

        private double share(int n) {
            return rows == 0 ? 0 : (double) n / rows;
        }
    }

    /** One row the resolver got wrong (beyond 10 km), for error analysis on development data. */
    public record Miss(String mode, String entry, String query, String predicted, double km) {}

    /**
     * The evaluation's result.
     *
     * @param oracle   the ceiling of any name-based resolver on this gazetteer: rows where some candidate of the
     *                 town's (or, lacking one, the district's) name, within the matcher's spelling tolerance, lies
     *                 within 10 km of the gold point
     * @param baseline exact-name lookup in the same gazetteer (name, ASCII name or alternate name equal to the
     *                 town as written; same country; most populous), for comparison
     */
    public record Report(String file, Score structured, Score oracle, Score baseline, Score text, List<String> priorCountries,
                         String textMethod, List<Miss> misses) {}

    private final Gazetteer gazetteer;
    private final StructuredGeocoder geocoder;
    private final TextGeoparser geoparser;

    public PlaceEvaluation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geocoder = new StructuredGeocoder(gazetteer);
        this.geoparser = new TextGeoparser(gazetteer);
    }

    /**
     * Runs both modes over the CSV file.
     *
     * @param priorCountries ISO2 countries the text mode prefers when a text names none (a feed's theatre); may be empty
     * @param maxMisses      how many misses per mode to keep in the report for error analysis
     * @throws IllegalArgumentException when a required column is missing
     */
    public Report evaluate(Path csv, List<String> priorCountries, int maxMisses) throws IOException {
        List<List<String>> records;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = Csv.read(in);
        }
        if (records.isEmpty()) throw new IllegalArgumentException("Empty CSV file: " + csv);
        Map<String, Integer> col = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        List<String> needed = List.of("title", "brief description", "lat", "lon", "country", "province", "district",
                "town/city");
        for (String need : needed)
            if (!col.containsKey(need))
                throw new IllegalArgumentException("CSV " + csv + " lacks column '" + need + "'; needs " + needed
                        + ", has " + header);
        Map<String, List<Gazetteer.Entry>> exactNames = exactNameIndex();
        Counter structured = new Counter(), oracle = new Counter(), baseline = new Counter(), text = new Counter();
        List<Miss> misses = new ArrayList<>();
        Set<String> prior = Set.copyOf(priorCountries);
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() < header.size()) continue;
            double lat, lon;
            try {
                lat = Double.parseDouble(get(r, col, "lat"));
                lon = Double.parseDouble(get(r, col, "lon"));
            } catch (NumberFormatException e) {
                continue; // a row without gold coordinates cannot be scored
            }
            String entry = col.containsKey("entry") ? get(r, col, "entry") : "";
            String town = get(r, col, "town/city"), district = get(r, col, "district");
            String province = get(r, col, "province"), country = get(r, col, "country");

            Optional<StructuredGeocoder.Result> res = geocoder.resolve(town, district, province, country);
            double km = res.map(x -> Geo.km(lat, lon, x.place().lat(), x.place().lon())).orElse(Double.NaN);
            structured.add(res.isPresent(), km, res.map(StructuredGeocoder.Result::basis).orElse("none"));
            if (!(km <= 10) && misses.size() < maxMisses)
                misses.add(new Miss("structured", entry, String.join(" | ", town, district, province, country),
                        res.map(x -> describe(x.place().name(), x.place().country(), x.place().admin1(), x.basis()))
                                .orElse("-"), km));

            double nearest = nearestCandidateKm(town.isBlank() ? district : town, lat, lon);
            oracle.add(!Double.isNaN(nearest), nearest, Double.isNaN(nearest) ? "none" : "town");

            Optional<Gazetteer.Entry> exact = exactBaseline(exactNames, town, country);
            baseline.add(exact.isPresent(), exact.map(e -> Geo.km(lat, lon, e.lat(), e.lon())).orElse(Double.NaN),
                    exact.isPresent() ? "town" : "none");

            String body = get(r, col, "title") + "\n" + get(r, col, "brief description");
            if (!names(body, town)) continue;
            List<PlaceSpanResolver.Resolved> found = geoparser.parse(body, prior);
            Optional<PlaceSpanResolver.Resolved> best = primary(found);
            double tkm = best.map(b -> Geo.km(lat, lon, b.entry().lat(), b.entry().lon())).orElse(Double.NaN);
            text.add(best.isPresent(), tkm, best.map(b -> b.entry().kind().name().toLowerCase(Locale.ROOT)).orElse("none"));
            if (!(tkm <= 10) && misses.size() < 2 * maxMisses)
                misses.add(new Miss("text", entry, body.replace('\n', ' '),
                        best.map(b -> describe(b.span().of(body) + " → " + b.entry().name(), b.entry().country(),
                                b.entry().admin1Name(), b.entry().kind().name())).orElse("-"), tkm));
        }
        return new Report(csv.toString(), structured.score(), oracle.score(), baseline.score(), text.score(), List.copyOf(priorCountries),
                "gazetteer matching over raw text (capitalized n-grams, transliteration-aware keys, context ranking); "
                        + "no NER model", misses);
    }

    /** The most specific place found, the earliest among equals. */
    static Optional<PlaceSpanResolver.Resolved> primary(List<PlaceSpanResolver.Resolved> found) {
        PlaceSpanResolver.Resolved best = null;
        for (PlaceSpanResolver.Resolved r : found)
            if (!r.metonymy() && (best == null || r.entry().kind().precision() < best.entry().kind().precision()))
                best = r;
        return Optional.ofNullable(best);
    }

    /** Whether some run of words in {@code text} spells {@code town} (same key, within the spelling tolerance). */
    static boolean names(String text, String town) {
        if (town == null || town.isBlank()) return false;
        String target = PlaceNameKey.key(town);
        if (target.length() < 3) return false;
        String[] words = text.split("[^\\p{L}\\p{M}'’ʼ`\\-]+");
        int n = town.strip().split("[\\s]+").length;
        double tolerance = PlaceNameKey.tolerance(target.length());
        for (int i = 0; i + n <= words.length; i++) {
            String k = PlaceNameKey.key(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
            if (k.equals(target) || (Math.abs(k.length() - target.length()) <= 2
                    && PlaceNameKey.distance(k, target) <= tolerance)) return true;
        }
        return false;
    }

    /** Distance from the gold point to the nearest candidate of {@code name}; NaN when it has none. */
    private double nearestCandidateKm(String name, double lat, double lon) {
        double best = Double.NaN;
        if (name == null || name.isBlank()) return best;
        for (Gazetteer.Candidate c : gazetteer.candidates(name)) {
            double km = Geo.km(lat, lon, c.entry().lat(), c.entry().lon());
            if (Double.isNaN(best) || km < best) best = km;
        }
        return best;
    }

    private Optional<Gazetteer.Entry> exactBaseline(Map<String, List<Gazetteer.Entry>> names, String town, String country) {
        if (town == null || town.isBlank()) return Optional.empty();
        String cc = gazetteer.findCountry(country).map(Gazetteer.Entry::country).orElse(null);
        Gazetteer.Entry best = null;
        for (Gazetteer.Entry e : names.getOrDefault(town.strip(), List.of()))
            if ((cc == null || e.country().equals(cc)) && (best == null || e.population() > best.population())) best = e;
        return Optional.ofNullable(best);
    }

    private Map<String, List<Gazetteer.Entry>> exactNameIndex() {
        Map<String, List<Gazetteer.Entry>> index = new HashMap<>(1 << 20);
        for (int i = 0; i < gazetteer.size(); i++) {
            Gazetteer.Entry e = gazetteer.entry(i);
            if (e.kind() != FeatureKind.POPULATED_PLACE) continue;
            for (String n : e.names()) {
                List<Gazetteer.Entry> l = index.computeIfAbsent(n, k -> new ArrayList<>(1));
                if (l.isEmpty() || l.get(l.size() - 1) != e) l.add(e);
            }
        }
        return index;
    }

    private static String describe(String name, String country, String admin1, String how) {
        return name + " (" + country + (admin1.isEmpty() ? "" : ", " + admin1) + "; " + how + ")";
    }

    private static String get(List<String> r, Map<String, Integer> col, String name) {
        return r.get(col.get(name)).strip();
    }

    private static final class Counter {
        int rows, resolved, within10, within50;
        final Map<String, Integer> byBasis = new LinkedHashMap<>();

        void add(boolean found, double km, String basis) {
            rows++;
            if (found) resolved++;
            if (km <= 10) within10++;
            if (km <= 50) within50++;
            byBasis.merge(basis, 1, Integer::sum);
        }

        Score score() {
            return new Score(rows, resolved, within10, within50, Map.copyOf(byBasis));
        }
    }
}
