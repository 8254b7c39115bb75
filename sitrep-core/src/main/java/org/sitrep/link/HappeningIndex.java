package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups reports into happenings, incrementally: {@link #add} compares a new report only with the reports of its
 * bucket (same kind family and country or actor side) whose days can overlap its own and joins the groups it is compatible with. Happenings are the
 * connected components of the compatibility relation, which is symmetric, so any arrival order gives the same
 * groups; a group's id is its smallest member key. Not thread-safe.
 */
public final class HappeningIndex {
    private final Map<String, Report> reports = new TreeMap<>();
    private final Map<String, Bucket> buckets = new HashMap<>();

    /** The reports of one family and country, by the first day they are about, and the longest span among them. */
    private static final class Bucket {
        final java.util.TreeMap<Long, List<Report>> byStart = new java.util.TreeMap<>();
        long longest;
    }
    private final Map<String, String> parent = new HashMap<>();

    /** Adds a report (a second add of the same key is ignored) and returns the id of its happening. */
    public String add(Report r) {
        String key = r.key();
        if (reports.containsKey(key)) return find(key);
        reports.put(key, r);
        parent.put(key, key);
        // Only reports whose days can overlap this one's (with the family's slack) are compared.
        String family = Compatibility.family(r.assertion().kind());
        String where = where(r);
        Bucket bucket = buckets.computeIfAbsent(family + "|" + where, k -> new Bucket());
        LocalDate[] iv = Compatibility.interval(r);
        long start = iv[0].toEpochDay(), end = iv[1].toEpochDay(), slack = Compatibility.slack(r.assertion().kind());
        long span = end - start;
        // A place of unknown country (a village the gazetteer lacks, with no region named near it) may lie in any
        // country: it is compared with the family's every bucket, and every report with the family's unknown bucket.
        List<Bucket> compared = new ArrayList<>();
        if (where.equals(ANY_COUNTRY)) {
            for (var b : buckets.entrySet()) if (b.getKey().startsWith(family + "|")) compared.add(b.getValue());
        } else {
            compared.add(bucket);
            Bucket unknown = buckets.get(family + "|" + ANY_COUNTRY);
            if (unknown != null) compared.add(unknown);
        }
        for (Bucket b : compared)
            for (List<Report> others : b.byStart.subMap(start - Math.max(b.longest, span) - slack, true,
                    end + slack, true).values())
                for (Report other : others) if (Compatibility.compatible(r, other)) union(key, other.key());
        bucket.byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(r);
        bucket.longest = Math.max(bucket.longest, span);
        return find(key);
    }

    /** Every happening, ordered by first day then id. */
    public List<Happening> happenings() {
        Map<String, List<Report>> groups = new TreeMap<>();
        for (Report r : reports.values()) groups.computeIfAbsent(find(r.key()), k -> new ArrayList<>()).add(r);
        List<Happening> out = new ArrayList<>();
        for (var g : groups.entrySet()) out.add(happening(g.getKey(), g.getValue()));
        out.sort(Comparator.comparing(Happening::from).thenComparing(Happening::id));
        return out;
    }

    static Happening happening(String id, List<Report> members) {
        LocalDate from = null, to = null;
        for (Report r : members) {
            LocalDate[] iv = Compatibility.interval(r);
            if (from == null || iv[0].isBefore(from)) from = iv[0];
            LocalDate last = iv[1].minusDays(1);
            if (to == null || last.isAfter(to)) to = last;
        }
        // the broadest place named (the oblast over the village in it), else the actor
        var a = members.get(0).assertion();
        String about = members.stream().map(r -> r.assertion().place()).filter(java.util.Objects::nonNull)
                .map(pm -> pm.place()).max(Comparator.comparingInt((org.sitrep.model.Place p) -> p.precision())
                        .thenComparing(org.sitrep.model.Place::name, Comparator.reverseOrder()))
                .map(org.sitrep.model.Place::name)
                .orElse(a.actor() != null ? a.actor().name() : a.kind().name());
        return new Happening(id, Compatibility.family(a.kind()), about, from, to, members, originals(members));
    }

    /**
     * The independent sources members rest on, sorted: their {@link Report#original()}s, where members of different
     * articles whose sentences are one passage ({@link NearDuplicates#samePassage}: a wire sentence printed by pages
     * that differ elsewhere, one long quotation) count once, under the original of the earliest of them (statement
     * day, key).
     */
    static List<String> originals(List<Report> members) {
        return new ArrayList<>(new TreeSet<>(sources(members).values()));
    }

    /**
     * The independent source each member counts under, by member key: its own {@link Report#original()}, or that of
     * the earliest member whose sentence is one passage with its own. {@link #originals} are these values.
     */
    public static Map<String, String> sources(List<Report> members) {
        List<Report> rs = new ArrayList<>(members);
        rs.sort(Comparator.comparing(Report::stated).thenComparing(Report::key));
        int[] root = new int[rs.size()];
        long[][] passages = new long[rs.size()][];
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < rs.size(); i++) {
            root[i] = i;
            passages[i] = NearDuplicates.passage(rs.get(i).quote());
            Integer f = first.putIfAbsent(rs.get(i).original(), i);
            if (f != null) join(root, f, i);
        }
        for (int i = 0; i < rs.size(); i++)
            for (int j = i + 1; j < rs.size(); j++)
                if (top(root, i) != top(root, j) && reprinted(rs.get(i), rs.get(j))
                        && NearDuplicates.samePassage(passages[i], passages[j])) join(root, i, j);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < rs.size(); i++) out.put(rs.get(i).key(), rs.get(top(root, i)).original());
        return out;
    }

    /**
     * Whether two members could be one sentence printed twice: from different articles, with the same polarity. One
     * sentence of one article can carry two holders' words ("X accuses Y of Z, which Y denies"): two sources.
     */
    private static boolean reprinted(Report a, Report b) {
        return !a.article().equals(b.article()) && a.assertion().polarity() == b.assertion().polarity();
    }

    private static int top(int[] root, int i) {
        while (root[i] != i) i = root[i] = root[root[i]];
        return i;
    }

    /** Joins two groups under the earlier member. */
    private static void join(int[] root, int a, int b) {
        int x = top(root, a), y = top(root, b);
        if (x < y) root[y] = x;
        else if (y < x) root[x] = y;
    }

    /** The bucket of a named-only place whose country is unknown. */
    static final String ANY_COUNTRY = "?";

    /** The bucket within a family: the place's country, else the actor's side; for a plan, the planner's side. */
    static String where(Report r) {
        var a = r.assertion();
        // a plan is about its planner: "plans to attack Kyiv" and "denies plans to invade" (no target) are one plan
        if (a.kind() == org.sitrep.model.Assertion.Kind.PLAN && a.actor() != null && a.actor().code() != null
                && a.actor().code().length() >= 3)
            return a.actor().code().substring(0, 3);
        if (a.place() != null && a.place().place().country().isEmpty()) return ANY_COUNTRY;
        return a.place() != null ? a.place().place().country()
                : a.actor() != null && a.actor().code() != null && a.actor().code().length() >= 3 ? a.actor().code().substring(0, 3)
                : a.actor() != null ? a.actor().name().toLowerCase(java.util.Locale.ROOT) : "";
    }

    private String find(String k) {
        String root = k;
        while (!parent.get(root).equals(root)) root = parent.get(root);
        while (!k.equals(root)) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }
}
