package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.StageVersions;

/**
 * Adds one analyzed article to stored linking state ({@link LinkState}) and updates only what it touches: its copy
 * group ({@link NearDuplicates}' rule, with LSH band keys looked up in the state), the happenings its reports join
 * (compared only with stored reports of their bucket whose days can meet theirs, as {@link HappeningIndex} does),
 * and the summaries and disputes of those happenings. The result is the same as linking every stored article at once
 * in any order: happenings are the connected components of the symmetric compatibility relation with the smallest
 * member key as id, and a copy group's original is its earliest article. Stateless apart from the state it is given.
 */
public final class IncrementalLinker {
    /**
     * The version of linking (this class, {@link Linker} and what they use), recorded as stage {@code link} with a
     * fingerprint of its output in {@link StageVersions}; a ledger linked by another version is linked anew.
     */
    public static final String VERSION = StageVersions.current("link");

    private final OutletRegistry outlets;
    private final double copyThreshold;
    private final DisputeJudge judge;

    public IncrementalLinker(OutletRegistry outlets) {
        this(outlets, NearDuplicates.DEFAULT_THRESHOLD);
    }

    public IncrementalLinker(OutletRegistry outlets, double copyThreshold) {
        this.outlets = outlets;
        this.judge = new DisputeJudge(outlets);
        this.copyThreshold = copyThreshold;
    }

    /**
     * Adds (or, when it is already there, replaces) one article's reports and updates the happenings they touch.
     * The article's stored neighbours are read in one query (its reports' buckets, the days they can meet), so the
     * work per article does not grow with the ledger but with the happenings it touches.
     *
     * @return the ids of the happenings written
     */
    public Set<String> add(Doc doc, LinkState state) {
        var article = doc.article();
        Set<String> touched = new TreeSet<>();
        // a re-analyzed article: take its old reports out and split what they held together
        for (String h : state.removeArticle(article.id())) touched.addAll(resplit(h, state));

        String copyOf = copyGroup(doc, state, touched);
        List<Report> reports = Linker.reports(doc, outlets, copyOf);
        if (!reports.isEmpty()) {
            Set<String> buckets = new TreeSet<>();
            LocalDate from = null, to = null;
            for (Report r : reports) {
                String family = Compatibility.family(r.assertion().kind());
                if (HappeningIndex.where(r).equals(HappeningIndex.ANY_COUNTRY)) buckets.addAll(state.buckets(family + "|"));
                else buckets.add(bucketOf(r));
                buckets.add(family + "|" + HappeningIndex.ANY_COUNTRY);
                LocalDate[] iv = Compatibility.interval(r);
                int slack = Compatibility.slack(r.assertion().kind());
                if (from == null || iv[0].minusDays(slack).isBefore(from)) from = iv[0].minusDays(slack);
                if (to == null || iv[1].plusDays(slack).isAfter(to)) to = iv[1].plusDays(slack);
            }
            List<LinkState.Member> stored = state.overlapping(buckets, from, to);
            // union-find over stored happening ids and the new reports' keys; compatibility is exact, the query a superset
            java.util.Map<String, String> parent = new java.util.HashMap<>();
            for (int i = 0; i < reports.size(); i++) {
                Report r = reports.get(i);
                parent.putIfAbsent(r.key(), r.key());
                for (LinkState.Member m : stored)
                    if (Compatibility.compatible(r, m.report())) union(parent, r.key(), m.happening());
                for (int j = 0; j < i; j++)
                    if (Compatibility.compatible(r, reports.get(j))) union(parent, r.key(), reports.get(j).key());
            }
            java.util.Map<String, List<String>> merged = new java.util.TreeMap<>();
            for (LinkState.Member m : stored) {
                String h = m.happening(), root = find(parent, h);
                if (parent.containsKey(h) && !root.equals(h))
                    merged.computeIfAbsent(root, k -> new ArrayList<>()).add(h);
            }
            Set<String> gone = new TreeSet<>();
            for (var e : merged.entrySet()) {
                List<String> fromIds = e.getValue().stream().distinct().toList();
                state.moveMembers(fromIds, e.getKey());
                gone.addAll(fromIds);
            }
            state.deleteHappenings(gone);
            touched.removeAll(gone);
            List<LinkState.NewMember> adds = new ArrayList<>();
            for (Report r : reports) {
                String target = find(parent, r.key());
                adds.add(new LinkState.NewMember(r, bucketOf(r), target, quote(doc, r.assertion())));
                touched.add(target);
            }
            state.addMembers(adds);
        }
        summarize(touched, state);
        return touched;
    }

    private static String bucketOf(Report r) {
        return Compatibility.family(r.assertion().kind()) + "|" + HappeningIndex.where(r);
    }

    private static String find(java.util.Map<String, String> parent, String k) {
        String root = k;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) root = parent.get(root);
        return root;
    }

    /** Joins two groups under the smaller id, as the happening ids are the smallest member keys. */
    private static void union(java.util.Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a), rb = find(parent, b);
        if (ra.equals(rb)) return;
        if (ra.compareTo(rb) < 0) parent.put(rb, ra);
        else parent.put(ra, rb);
    }

    /**
     * Indexes the article's text and returns its copy group's original; groups it joins are merged, and the
     * happenings of articles whose original changed are added to {@code touched} (their independent sources change).
     */
    private String copyGroup(Doc doc, LinkState state, Set<String> touched) {
        var article = doc.article();
        LinkState.CopyEntry known = state.copyEntry(article.id());
        if (known != null) return known.copyOf(); // the same text (the id is its hash): the same group
        long[] signature = MinHash.signature(doc.text());
        int shingles = MinHash.shingles(doc.text());
        long[] bands = NearDuplicates.bandKeys(signature);
        LinkState.CopyEntry self = new LinkState.CopyEntry(article.id(), article.published(), signature, shingles,
                article.id().value());
        Set<String> roots = new TreeSet<>();
        LinkState.CopyEntry earliest = self;
        if (!MinHash.words(doc.text()).isEmpty()) // no words, no evidence of copying
            for (LinkState.CopyEntry other : state.copyCandidates(bands))
                if (NearDuplicates.copies(signature, shingles, article.published(), other.signature(), other.shingles(),
                        other.published(), copyThreshold)) {
                    roots.add(other.copyOf());
                    LinkState.CopyEntry root = other.copyOf().equals(other.article().value()) ? other
                            : state.copyEntry(new org.sitrep.model.ArticleId(other.copyOf()));
                    if (root != null && earlier(root, earliest)) earliest = root;
                }
        String root = earliest.article().value();
        state.addCopyEntry(new LinkState.CopyEntry(article.id(), article.published(), signature, shingles, root), bands);
        roots.remove(root);
        if (!roots.isEmpty()) {
            var moved = state.moveCopies(roots, root);
            touched.addAll(state.happeningsOf(moved));
        }
        return root;
    }

    private static boolean earlier(LinkState.CopyEntry a, LinkState.CopyEntry b) {
        int c = a.published() == null ? (b.published() == null ? 0 : 1)
                : b.published() == null ? -1 : a.published().compareTo(b.published());
        return c != 0 ? c < 0 : a.article().value().compareTo(b.article().value()) < 0;
    }

    /** Splits a happening that lost members into its connected components; returns their ids (the old one too). */
    private static Set<String> resplit(String happening, LinkState state) {
        List<Report> members = state.members(List.of(happening)).getOrDefault(happening, List.of());
        Set<String> ids = new HashSet<>();
        ids.add(happening);
        if (members.isEmpty()) return ids;
        HappeningIndex index = new HappeningIndex();
        members.forEach(index::add);
        for (Happening h : index.happenings()) {
            if (!h.id().equals(happening)) state.moveReports(h.members().stream().map(Report::key).toList(), h.id());
            ids.add(h.id());
        }
        return ids;
    }

    /** Rewrites happenings' summaries and disputes from their members; deletes those left without members. */
    private void summarize(Set<String> ids, LinkState state) {
        if (ids.isEmpty()) return;
        java.util.Map<String, List<Report>> members = state.members(ids);
        List<Happening> hs = new ArrayList<>();
        java.util.Map<String, List<Dispute>> disputes = new java.util.HashMap<>();
        for (String id : ids) {
            List<Report> ms = members.getOrDefault(id, List.of());
            if (ms.isEmpty()) continue;
            Happening h = HappeningIndex.happening(id, ms);
            hs.add(h);
            disputes.put(id, judge.judge(h));
        }
        state.deleteHappenings(ids);
        state.putHappenings(hs, disputes);
    }

    /** The characters a report rests on, for listings: its evidence span (the sentence), else its own span. */
    public static String quote(Doc doc, Assertion a) {
        String t = doc.text();
        var s = a.evidence() != null && a.evidence().span() != null ? a.evidence().span() : a.span();
        if (t == null || s.end() > t.length()) return "";
        return t.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    }
}
