package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups articles that are copies of one story (a wire report printed by several sites, lightly edited, or printed
 * inside a longer page) so that corroboration counts them once. Incremental: {@link #add} indexes one article and
 * returns its group's original; candidates come from locality-sensitive hashing of {@link MinHash} signatures (bands
 * of rows), and a candidate is a copy by {@link #copies}: the estimated Jaccard similarity of the two texts' shingles
 * reaches the threshold, or most of the shorter text's shingles are in the longer one and the two appeared within
 * days of each other (a wire story inside a live page; a footer or a list of links shared by one site's pages for
 * months is a small part of each and far apart in time).
 *
 * <p>A text without words is nobody's copy. Order-independent: copy-of is symmetric, groups are the transitive closure, and a group's original is its
 * earliest article (publication day, then id), so adding the same articles in any order gives the same groups.
 * Not thread-safe.
 */
public final class NearDuplicates {
    /** Estimated shingle Jaccard at or above which two articles are one story. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    /** Estimated share of the shorter text's shingles found in the longer at or above which it is printed there. */
    static final double CONTAINED = 0.5;
    /** Shingles two texts must share for containment to count: a passage of some 35 words, not a quoted phrase. */
    static final int MIN_SHARED = 30;
    /** Days apart within which a contained text is a copy: reprints follow the story within days. */
    static final int COPY_DAYS = 7;
    /** Three rows a band: texts sharing a third of their shingles meet in a band with a chance of about 0.8. */
    private static final int ROWS = 3;
    private static final int BANDS = MinHash.SIZE / ROWS;

    /** One indexed article. */
    private record Entry(String id, LocalDate published, long[] signature, int shingles) {}

    private static final Comparator<Entry> EARLIEST = Comparator
            .comparing(Entry::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::id);

    private final double threshold;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    public NearDuplicates() {
        this(DEFAULT_THRESHOLD);
    }

    public NearDuplicates(double threshold) {
        this.threshold = threshold;
    }

    /**
     * Indexes an article (a second add of the same id is ignored) and returns the id of its group's original: its own
     * id when it copies nothing indexed so far.
     */
    public String add(String id, LocalDate published, String text) {
        if (entries.containsKey(id)) return original(id);
        Entry e = new Entry(id, published, MinHash.signature(text), MinHash.shingles(text));
        entries.put(id, e);
        parent.put(id, id);
        if (MinHash.words(text).isEmpty()) return id; // no words, no evidence of copying
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long key : bandKeys(e.signature())) {
            List<Entry> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (Entry other : bucket)
                if (seen.add(other.id()) && copies(e.signature(), e.shingles(), e.published(), other.signature(),
                        other.shingles(), other.published(), threshold))
                    union(e.id(), other.id());
            bucket.add(e);
        }
        return original(id);
    }

    /**
     * Whether two texts (signature, distinct shingles, publication day) are copies of one story: estimated Jaccard
     * similarity at least {@code threshold}, or the shorter at least {@link #CONTAINED} inside the longer, sharing
     * {@link #MIN_SHARED} shingles or more, published within {@link #COPY_DAYS} days (both days known). The shared
     * count is estimated from the Jaccard estimate J and the sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
     */
    static boolean copies(long[] a, int na, LocalDate da, long[] b, int nb, LocalDate db, double threshold) {
        double j = MinHash.similarity(a, b);
        if (j >= threshold) return true;
        if (na == 0 || nb == 0 || da == null || db == null || Math.abs(da.toEpochDay() - db.toEpochDay()) > COPY_DAYS) return false;
        double shared = j * (na + nb) / (1 + j);
        return shared >= MIN_SHARED && shared >= CONTAINED * Math.min(na, nb);
    }

    /** Words a sentence needs to be recognized when printed again: shorter ones are stock phrases. */
    static final int PASSAGE_WORDS = 10;
    /** Share of the shorter sentence's word triples found in the other at or above which the two are one passage. */
    static final double PASSAGE_SHARED = 0.6;

    /**
     * A sentence's word triples, hashed and sorted, for {@link #samePassage}; empty for a sentence under
     * {@link #PASSAGE_WORDS} words.
     */
    static long[] passage(String sentence) {
        List<String> w = MinHash.words(sentence);
        if (w.size() < PASSAGE_WORDS) return new long[0];
        java.util.TreeSet<Long> hashes = new java.util.TreeSet<>();
        for (int i = 0; i + 3 <= w.size(); i++) hashes.add(MinHash.mix(String.join(" ", w.subList(i, i + 3)).hashCode()));
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Whether two sentences are one passage printed twice: a wire sentence in pages that differ elsewhere, one long
     * quotation, lightly edited or cut ({@link #PASSAGE_SHARED} of the shorter one's word triples in the other).
     */
    static boolean samePassage(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return false;
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = Long.compare(a[i], b[j]);
            if (c == 0) shared++;
            if (c <= 0) i++;
            if (c >= 0) j++;
        }
        return shared >= PASSAGE_SHARED * Math.min(a.length, b.length);
    }

    /** The locality-sensitive hash keys of a signature: one per band of rows; texts sharing one are compared. */
    static long[] bandKeys(long[] signature) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long key = b;
            for (int r = 0; r < ROWS; r++) key = MinHash.mix(key * 31 + signature[b * ROWS + r]);
            keys[b] = key;
        }
        return keys;
    }

    /** The id of the earliest article in the group of {@code id}, or {@code id} itself when it is not indexed. */
    public String original(String id) {
        return parent.containsKey(id) ? find(id) : id;
    }

    /** Every group of two or more articles, keyed by its original, members in (day, id) order. */
    public Map<String, List<String>> groups() {
        Map<String, List<Entry>> byRoot = new TreeMap<>();
        for (Entry e : entries.values()) byRoot.computeIfAbsent(find(e.id()), k -> new ArrayList<>()).add(e);
        Map<String, List<String>> out = new TreeMap<>();
        for (var g : byRoot.entrySet()) {
            if (g.getValue().size() < 2) continue;
            g.getValue().sort(EARLIEST);
            out.put(g.getKey(), g.getValue().stream().map(Entry::id).toList());
        }
        return out;
    }

    private String find(String id) {
        String root = id;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        for (String x = id; !x.equals(root); ) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    /** Joins two groups; the root is the earlier original, so the result does not depend on the order of adds. */
    private void union(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        if (EARLIEST.compare(entries.get(ra), entries.get(rb)) <= 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }
}
