package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.model.Place;

/**
 * Every claim of one state of a ledger in memory, answering the {@link ClaimReader} queries with the same results as
 * the ledger's claims table, by scanning the claims in their listing order. Built by {@link Ledger#claimIndex()} for
 * a reader that answers many queries on a state that does not change (the server, one per snapshot): a filtered page
 * on the 447-article ledger cost DuckDB ~15 ms of CPU, mostly decompressing columns (docs/PERFORMANCE.md).
 * Immutable and thread-safe.
 */
public final class ClaimIndex implements ClaimReader {
    /** A {@code claim_refs} row as the filters use it: an actor's code (null for places), the lower-case name. */
    record Ref(String code, String nameLower) {}

    /**
     * One claim with the columns the filters read: {@code by} holds its source and chain refs, {@code about} the
     * actors and places named in its content; {@code placeJson} is the stored place, which places are grouped by.
     */
    record Row(StoredClaim claim, String contentLower, String sourceCode, String sourceName, String placeName,
               String placeJson, List<Ref> by, List<Ref> about) {}

    private final List<Row> rows;
    private final Map<String, Place> places;

    /** {@code rows} in the order of {@link Ledger#claims}; {@code places} the parsed place of each place JSON. */
    ClaimIndex(List<Row> rows, Map<String, Place> places) {
        this.rows = List.copyOf(rows);
        this.places = Map.copyOf(places);
    }

    /** Number of claims held. */
    public int size() {
        return rows.size();
    }

    @Override
    public List<StoredClaim> claims(ClaimQuery query) {
        return claimPage(query).items();
    }

    @Override
    public long claimCount(ClaimQuery query) {
        long[] n = {0};
        forEach(query, r -> n[0]++);
        return n[0];
    }

    @Override
    public Page<StoredClaim> claimPage(ClaimQuery query) {
        List<StoredClaim> page = new ArrayList<>(Math.min(query.limit(), 1000));
        long[] n = {0};
        forEach(query, r -> {
            if (n[0] >= query.offset() && n[0] - query.offset() < query.limit()) page.add(r.claim());
            n[0]++;
        });
        return new Page<>(n[0], page);
    }

    @Override
    public List<DayCount> claimDays(ClaimQuery query) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        forEach(query, r -> {
            if (r.claim().statementDate() != null) days.merge(r.claim().statementDate(), 1L, Long::sum);
        });
        return days.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
    }

    /** Ties in the order of the place JSON as DuckDB compares text (code points; Java's compareTo within the BMP). */
    @Override
    public List<PlaceCount> claimPlaces(ClaimQuery query) {
        Map<String, Long> counts = new HashMap<>();
        forEach(query, r -> {
            if (r.placeJson() != null) counts.merge(r.placeJson(), 1L, Long::sum);
        });
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return slice(sorted, query).stream().map(e -> new PlaceCount(places.get(e.getKey()), e.getValue())).toList();
    }

    @Override
    public List<SourceCount> claimSources(ClaimQuery query) {
        Map<List<String>, Long> counts = new HashMap<>();
        forEach(query, r -> counts.merge(java.util.Arrays.asList(r.sourceCode(), r.sourceName()), 1L, Long::sum));
        Comparator<String> nullsLast = Comparator.nullsLast(Comparator.naturalOrder());
        List<SourceCount> sorted = new ArrayList<>();
        counts.forEach((key, n) -> sorted.add(new SourceCount(key.get(0), key.get(1), n)));
        sorted.sort(Comparator.comparingLong(SourceCount::count).reversed()
                .thenComparing(SourceCount::code, nullsLast).thenComparing(SourceCount::name, nullsLast));
        return slice(sorted, query);
    }

    private static <T> List<T> slice(List<T> all, ClaimQuery q) {
        int from = Math.min(q.offset(), all.size());
        return all.subList(from, (int) Math.min((long) from + q.limit(), all.size()));
    }

    /** Calls {@code action} with every row {@code q} selects (offset and limit ignored), in listing order. */
    private void forEach(ClaimQuery q, Consumer<Row> action) {
        Condition f = new Condition(q);
        for (Row r : rows) if (f.test(r)) action.accept(r);
    }

    /** {@link ClaimQuery}'s conditions as {@code ClaimTable} writes them in SQL, the needles lower-cased once. */
    private static final class Condition {
        final ClaimQuery q;
        final String by, byCode, about, aboutCode, text;

        Condition(ClaimQuery q) {
            this.q = q;
            by = lower(q.by());
            byCode = q.by() != null && ClaimQuery.isCodePrefix(q.by()) ? q.by() : null;
            about = lower(q.about());
            aboutCode = q.about() != null && ClaimQuery.isCodePrefix(q.about()) ? q.about() : null;
            text = lower(q.text());
        }

        boolean test(Row r) {
            StoredClaim c = r.claim();
            LocalDate day = c.statementDate();
            return (q.from() == null || day != null && !day.isBefore(q.from()))
                    && (q.to() == null || day != null && !day.isAfter(q.to()))
                    && (q.source() == null || q.source().equals(r.sourceCode()))
                    && (q.place() == null || q.place().equals(r.placeName()))
                    && (q.article() == null || q.article().equals(c.article().value()))
                    && (text == null || contains(r.contentLower(), text))
                    && (by == null || anyRef(r.by(), by, byCode))
                    && (about == null || contains(r.contentLower(), about) || anyRef(r.about(), about, aboutCode));
        }

        private static boolean anyRef(List<Ref> refs, String name, String codePrefix) {
            for (Ref ref : refs)
                if (contains(ref.nameLower(), name)
                        || codePrefix != null && ref.code() != null && ref.code().startsWith(codePrefix)) return true;
            return false;
        }

        private static boolean contains(String value, String part) {
            return value != null && value.contains(part);
        }

        private static String lower(String s) {
            return s == null ? null : s.toLowerCase(Locale.ROOT);
        }
    }
}
