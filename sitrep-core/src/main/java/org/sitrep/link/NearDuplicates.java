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
 * Groups articles that are copies of one story (a wire report printed by several sites, lightly edited) so that
 * corroboration counts them once. Incremental: {@link #add} indexes one article and returns its group's original;
 * candidates come from locality-sensitive hashing of {@link MinHash} signatures (bands of rows), and a candidate is
 * a copy when the estimated Jaccard similarity of the two texts' shingles reaches the threshold.
 *
 * <p>A text without words is nobody's copy. Order-independent: copy-of is symmetric, groups are the transitive closure, and a group's original is its
 * earliest article (publication day, then id), so adding the same articles in any order gives the same groups.
 * Not thread-safe.
 */
public final class NearDuplicates {
    /** Estimated shingle Jaccard at or above which two articles are one story. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    private static final int BANDS = 32;
    private static final int ROWS = MinHash.SIZE / BANDS;

    /** One indexed article. */
    private record Entry(String id, LocalDate published, long[] signature) {}

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
        Entry e = new Entry(id, published, MinHash.signature(text));
        entries.put(id, e);
        parent.put(id, id);
        if (MinHash.words(text).isEmpty()) return id; // no words, no evidence of copying
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long key : bandKeys(e.signature())) {
            List<Entry> bucket = buckets.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (Entry other : bucket)
                if (seen.add(other.id()) && MinHash.similarity(e.signature(), other.signature()) >= threshold)
                    union(e.id(), other.id());
            bucket.add(e);
        }
        return original(id);
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
