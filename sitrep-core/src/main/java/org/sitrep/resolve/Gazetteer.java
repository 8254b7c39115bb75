package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Place;

/**
 * The world's countries, first- and second-level regions and populated places (GeoNames cities500, see
 * {@code gazetteer/PROVENANCE.md}), looked up by name with a transliteration-aware, typo-tolerant matcher.
 *
 * <p>Matching is key + candidates + score: every name and alternate name is indexed under its {@link PlaceNameKey}
 * key and the key's consonant skeleton; a query collects the entries sharing its key, its skeleton or a skeleton one
 * edit away, then keeps those whose best name lies within {@link PlaceNameKey#tolerance} of the query key. Region
 * names are also indexed without their designators ("Kharkiv Oblast" under "Kharkiv").
 *
 * <p>Immutable and thread-safe (entries of the bundled resource are decoded on first use, see {@link #entry}; that is
 * invisible to callers). {@link #global()} loads the bundled resource once per JVM, on first use.
 */
public final class Gazetteer {
    static final String RESOURCE = "/org/sitrep/resolve/gazetteer/gazetteer.bin.gz";
    private static final String CONSONANTS = "bcdfhklmnprstvxzSCZ";

    /**
     * One gazetteer row.
     *
     * @param alternateNames {@code |}-separated, may be empty
     * @param population     GeoNames population; for regions the sum over their member places
     */
    public record Entry(int index, long geonameId, FeatureKind kind, String name, String asciiName,
                        String alternateNames, String featureCode, String country, String admin1Code,
                        String admin1Name, String admin2Code, String admin2Name, double lat, double lon,
                        long population) {
        /** Every name of the entry: name, ASCII name, alternates, without empties. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            names.add(name);
            if (!asciiName.isEmpty() && !asciiName.equals(name)) names.add(asciiName);
            if (!alternateNames.isEmpty()) names.addAll(Arrays.asList(alternateNames.split("\\|")));
            return names;
        }

        public Place toPlace() {
            return new Place(geonameId, name, kind, country, admin1Name, admin2Name, lat, lon, kind.precision());
        }

        /** Great-circle distance to another entry in kilometres. */
        public double kmTo(double otherLat, double otherLon) {
            return Geo.km(lat, lon, otherLat, otherLon);
        }
    }

    /**
     * An entry whose name is close to the query.
     *
     * @param distance  {@link PlaceNameKey#distance} between the query key and the nearest name key
     * @param nameScore 1 for an identical key, falling with the distance relative to the key length; in (0, 1]
     */
    public record Candidate(Entry entry, String matchedName, double distance, double nameScore) {}

    private final AtomicReferenceArray<Entry> entries; // null slots are decoded on first use, see entry(int)
    private final IntFunction<Entry> decoder;
    private final PackedNameIndex byKey;       // name key → entries
    private final PackedNameIndex bySkeleton;  // key skeleton → entries
    private final Map<String, Entry> countries;    // ISO2 → country
    private final Map<String, Entry> admin1;       // "CC.code" → region
    private final Map<String, Entry> admin2;       // "CC.a1.a2" → district

    /**
     * @param entries entries by index; a null slot is made by {@code decoder} when first asked for (the bundled
     *                resource decodes its 230k populated places lazily: a third less load time). Every region
     *                and country must be given: the code maps are built from them.
     */
    Gazetteer(Entry[] entries, IntFunction<Entry> decoder, PackedNameIndex byKey, PackedNameIndex bySkeleton) {
        if (entries.length >= PackedNameIndex.MAX_ENTRIES)
            throw new IllegalArgumentException("Gazetteer holds at most " + PackedNameIndex.MAX_ENTRIES + " entries");
        this.entries = new AtomicReferenceArray<>(entries);
        this.decoder = decoder;
        this.byKey = byKey;
        this.bySkeleton = bySkeleton;
        this.countries = new HashMap<>();
        this.admin1 = new HashMap<>();
        this.admin2 = new HashMap<>();
        for (Entry e : entries) {
            if (e == null) continue;
            switch (e.kind()) {
                case COUNTRY -> countries.put(e.country(), e);
                case ADMIN1 -> admin1.put(e.country() + "." + e.admin1Code(), e);
                case ADMIN2 -> admin2.put(e.country() + "." + e.admin1Code() + "." + e.admin2Code(), e);
                default -> { }
            }
        }
    }

    /**
     * A gazetteer over {@code entries} (their {@code index} must be their position), computing every name key.
     * Keys are computed in parallel; still slow for the full list (~600k keys, seconds of CPU, mostly JIT), which is
     * why the bundled resource stores the resulting indexes ({@link GazetteerFile}).
     */
    static Gazetteer of(List<Entry> entries) {
        Entry[] all = entries.toArray(Entry[]::new);
        long[][] packedKeys = new long[all.length][];
        long[][] skeletons = new long[all.length][];
        IntStream.range(0, all.length).parallel().forEach(i -> {
            String[] ks = keysOf(all[i]);
            packedKeys[i] = new long[ks.length];
            long[] sk = new long[ks.length];
            int n = 0;
            for (int j = 0; j < ks.length; j++) {
                packedKeys[i][j] = PackedNameIndex.pack(ks[j], i);
                String skeleton = PlaceNameKey.skeleton(ks[j]);
                if (skeleton.length() >= 2) sk[n++] = PackedNameIndex.pack(skeleton, i);
            }
            skeletons[i] = n == sk.length ? sk : Arrays.copyOf(sk, n);
        });
        return new Gazetteer(all, i -> { throw new IllegalStateException("all entries are given"); },
                PackedNameIndex.of(flatten(packedKeys), total(packedKeys)),
                PackedNameIndex.of(flatten(skeletons), total(skeletons)));
    }

    private static int total(long[][] parts) {
        int n = 0;
        for (long[] p : parts) n += p.length;
        return n;
    }

    private static long[] flatten(long[][] parts) {
        long[] all = new long[total(parts)];
        int n = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, n, p.length);
            n += p.length;
        }
        return all;
    }

    /** The distinct non-empty keys an entry is indexed under (regions also without their designators). */
    private static String[] keysOf(Entry e) {
        List<String> out = new ArrayList<>(4);
        boolean region = e.kind() != FeatureKind.POPULATED_PLACE;
        String alternates = e.alternateNames();
        int start = -1;
        while (true) { // name, ASCII name, then each alternate, without building a list: this runs a million times
            String n;
            if (start == -1) n = e.name();
            else if (start == -2) n = e.asciiName();
            else if (start >= alternates.length()) break;
            else {
                int bar = alternates.indexOf('|', start);
                if (bar < 0) bar = alternates.length();
                n = alternates.substring(start, bar);
                start = bar + 1;
            }
            if (start == -1) start = -2;
            else if (start == -2) start = 0;
            if (n.isEmpty()) continue;
            addKey(out, PlaceNameKey.key(n));
            if (region) addKey(out, PlaceNameKey.key(RegionNames.strip(n)));
        }
        if (e.kind() == FeatureKind.COUNTRY) addKey(out, PlaceNameKey.key(e.country()));
        return out.toArray(String[]::new);
    }

    private static void addKey(List<String> keys, String k) {
        if (!k.isEmpty() && !keys.contains(k)) keys.add(k);
    }

    /**
     * The bundled gazetteer ({@link GazetteerFile} format, name keys precomputed), loaded on first call (well under
     * a second of CPU, see docs/PERFORMANCE.md) and shared by the whole JVM.
     */
    public static Gazetteer global() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = loadBundled();

        private static Gazetteer loadBundled() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("Gazetteer resource missing from the classpath: " + RESOURCE);
                return GazetteerFile.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the gazetteer resource " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a gazetteer from gzipped TSV (the format {@code tools/gazetteer/build_gazetteer.py} writes, see
     * PROVENANCE.md), computing its name keys; the caller closes the stream. {@link GazetteerFile} turns the TSV
     * into the bundled binary resource.
     */
    public static Gazetteer load(InputStream gzipped) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        // Lines are parsed in parallel batches, so that only one batch of raw lines is alive at a time (less GC).
        List<Entry> entries = new ArrayList<>(270_000);
        List<String> batch = new ArrayList<>(BATCH);
        int[] lineNos = new int[BATCH];
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            lineNos[batch.size()] = lineNo;
            batch.add(line);
            if (batch.size() == BATCH) {
                parseBatch(batch, lineNos, entries);
                batch.clear();
            }
        }
        parseBatch(batch, lineNos, entries);
        return of(entries);
    }

    private static final int BATCH = 32_768;

    /** Parses data lines in parallel and appends their entries; {@code lineNos} are the lines' numbers, for errors. */
    private static void parseBatch(List<String> batch, int[] lineNos, List<Entry> into) throws IOException {
        int base = into.size();
        Entry[] parsed = new Entry[batch.size()];
        String[] error = new String[1];
        IntStream.range(0, batch.size()).parallel().forEach(i -> {
            try {
                parsed[i] = parse(batch.get(i), lineNos[i], base + i);
            } catch (IOException | RuntimeException e) {
                synchronized (error) {
                    if (error[0] == null) error[0] = e.getMessage();
                }
            }
        });
        if (error[0] != null) throw new IOException(error[0]);
        into.addAll(Arrays.asList(parsed));
    }

    /** One data line as the entry with the given index. */
    private static Entry parse(String line, int lineNo, int index) throws IOException {
        String[] f = new String[14];
        int n = split(line, f);
        if (n != 14) throw new IOException("Gazetteer line " + lineNo + " has " + n + " fields; expected 14");
        FeatureKind kind = switch (f[1]) {
            case "C" -> FeatureKind.COUNTRY;
            case "A1" -> FeatureKind.ADMIN1;
            case "A2" -> FeatureKind.ADMIN2;
            case "P" -> FeatureKind.POPULATED_PLACE;
            default -> throw new IOException("Gazetteer line " + lineNo + ": unknown kind " + f[1]);
        };
        try {
            return new Entry(index, Long.parseLong(f[0]), kind, f[2], f[3], f[4], f[5].intern(), f[6].intern(),
                    f[7].intern(), f[8].intern(), f[9], f[10], Double.parseDouble(f[11]), Double.parseDouble(f[12]),
                    Long.parseLong(f[13]));
        } catch (NumberFormatException e) {
            throw new IOException("Gazetteer line " + lineNo + ": bad number: " + e.getMessage());
        }
    }

    private static int split(String line, String[] into) {
        int n = 0, start = 0;
        for (int i = 0; i <= line.length() && n < into.length; i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                into[n++] = line.substring(start, i);
                start = i + 1;
            }
        }
        return n;
    }

    public int size() {
        return entries.length();
    }

    public Entry entry(int index) {
        Entry e = entries.get(index);
        if (e == null) { // first use: decode; if another thread raced us, keep the first, so an entry is one object
            entries.compareAndSet(index, null, decoder.apply(index));
            e = entries.get(index);
        }
        return e;
    }

    /** Every entry in index order (a copy). */
    List<Entry> entries() {
        return IntStream.range(0, size()).mapToObj(this::entry).toList();
    }

    PackedNameIndex nameIndex() {
        return byKey;
    }

    PackedNameIndex skeletonIndex() {
        return bySkeleton;
    }

    public Optional<Entry> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    public Optional<Entry> admin1(String country, String admin1Code) {
        return Optional.ofNullable(admin1.get(country + "." + admin1Code));
    }

    public Optional<Entry> admin2(String country, String admin1Code, String admin2Code) {
        return Optional.ofNullable(admin2.get(country + "." + admin1Code + "." + admin2Code));
    }

    /** The region an entry lies in at {@code kind}'s level (or the entry itself when it is of that kind). */
    public Optional<Entry> container(Entry e, FeatureKind kind) {
        return switch (kind) {
            case COUNTRY -> country(e.country());
            case ADMIN1 -> e.admin1Code().isEmpty() ? Optional.empty() : admin1(e.country(), e.admin1Code());
            case ADMIN2 -> e.admin2Code().isEmpty() ? Optional.empty()
                    : admin2(e.country(), e.admin1Code(), e.admin2Code());
            case POPULATED_PLACE -> e.kind() == kind ? Optional.of(e) : Optional.empty();
        };
    }

    /** Entries whose name key equals the query's key (any kind), most populous first. */
    public List<Entry> lookup(String name) {
        List<Entry> out = new ArrayList<>();
        String key = PlaceNameKey.key(name);
        if (!key.isEmpty()) byKey.forEach(key, i -> {
            if (score(entry(i), key, 0) != null) out.add(entry(i));
        });
        out.sort(Comparator.comparingLong(Entry::population).reversed());
        return out;
    }

    /** A country by ISO2/ISO3 code or any of its names, tolerant of spelling. */
    public Optional<Entry> findCountry(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) return Optional.empty();
        Entry byCode = countries.get(nameOrCode.strip().toUpperCase(java.util.Locale.ROOT));
        if (byCode != null) return Optional.of(byCode);
        return candidates(nameOrCode).stream().map(Candidate::entry)
                .filter(e -> e.kind() == FeatureKind.COUNTRY).findFirst();
    }

    /**
     * The first-level region named {@code name} (designators and adjectival endings ignored), within
     * {@code country} when it is not null; the closest match first.
     */
    public Optional<Candidate> findAdmin1(String name, String country) {
        if (name == null || name.isBlank()) return Optional.empty();
        List<String> keys = new ArrayList<>();
        keys.add(PlaceNameKey.key(name)); // the full name first: "Kyiv Oblast" is not "Kyiv City"
        keys.addAll(RegionNames.keys(name));
        for (String key : keys) {
            // a region list is short, so one more half edit of tolerance costs little precision
            Optional<Candidate> best = candidatesForKey(key, name, PlaceNameKey.tolerance(key.length()) + 0.5).stream()
                    .filter(c -> c.entry().kind() == FeatureKind.ADMIN1)
                    .filter(c -> country == null || c.entry().country().equals(country))
                    .findFirst();
            if (best.isPresent()) return best;
        }
        return Optional.empty();
    }

    /**
     * Every entry with a name within the tolerance of {@code name}'s key, nearest name first (then most populous).
     * Empty for names with no letters.
     */
    public List<Candidate> candidates(String name) {
        String key = PlaceNameKey.key(name);
        return candidatesForKey(key, name, PlaceNameKey.tolerance(key.length()));
    }

    /** Entries whose name key is identical to the query's: the strict matcher for running text. */
    public List<Candidate> exactCandidates(String name) {
        String key = PlaceNameKey.key(name);
        List<Candidate> out = new ArrayList<>();
        if (!key.isEmpty()) byKey.forEach(key, i -> {
            Candidate c = score(entry(i), key, 0);
            if (c != null) out.add(c);
        });
        out.sort(Comparator.comparingLong((Candidate c) -> c.entry().population()).reversed());
        return out;
    }

    private List<Candidate> candidatesForKey(String key, String surface, double tolerance) {
        if (key.isEmpty()) return List.of();
        Map<Integer, Candidate> found = new LinkedHashMap<>();
        IntConsumer consider = i -> {
            if (found.containsKey(i)) return;
            Candidate c = score(entry(i), key, tolerance);
            if (c != null) found.put(i, c);
        };
        byKey.forEach(key, consider);
        if (tolerance > 0) {
            String sk = PlaceNameKey.skeleton(key);
            if (sk.length() >= 2) bySkeleton.forEach(sk, consider);
            if (sk.length() >= 4) {
                StringBuilder b = new StringBuilder(sk);
                for (int i = 0; i < sk.length(); i++) // deletions
                    bySkeleton.forEach(sk.substring(0, i) + sk.substring(i + 1), consider);
                for (int i = 0; i <= sk.length(); i++) { // insertions and substitutions
                    for (int c = 0; c < CONSONANTS.length(); c++) {
                        char ch = CONSONANTS.charAt(c);
                        b.setLength(0);
                        b.append(sk, 0, i).append(ch).append(sk, i, sk.length());
                        bySkeleton.forEach(b.toString(), consider);
                        if (i < sk.length() && sk.charAt(i) != ch) {
                            b.setLength(0);
                            b.append(sk, 0, i).append(ch).append(sk, i + 1, sk.length());
                            bySkeleton.forEach(b.toString(), consider);
                        }
                    }
                }
            }
        }
        List<Candidate> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingDouble(Candidate::distance)
                .thenComparing(Comparator.comparingLong((Candidate c) -> c.entry().population()).reversed()));
        return Collections.unmodifiableList(out);
    }

    private static Candidate score(Entry e, String key, double tolerance) {
        double best = Double.MAX_VALUE;
        String bestName = null;
        boolean region = e.kind() != FeatureKind.POPULATED_PLACE;
        for (String n : e.names()) {
            for (String k : region ? List.of(PlaceNameKey.key(n), PlaceNameKey.key(RegionNames.strip(n)))
                                   : List.of(PlaceNameKey.key(n))) {
                if (Math.abs(k.length() - key.length()) > 3) continue;
                double d = k.equals(key) ? 0 : PlaceNameKey.distance(key, k);
                if (d < best) { best = d; bestName = n; }
            }
        }
        if (bestName == null || best > tolerance) return null;
        return new Candidate(e, bestName, best, Math.max(0.05, 1 - best / Math.max(4, key.length())));
    }

}
