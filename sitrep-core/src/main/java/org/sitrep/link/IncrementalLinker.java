package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;

/**
 * Adds one analyzed article to stored linking state ({@link LinkState}) and updates only what it touches: its copy
 * group ({@link NearDuplicates}' rule, with LSH band keys looked up in the state), the happenings its reports join
 * (compared only with stored reports of their bucket whose days can meet theirs, as {@link HappeningIndex} does),
 * and the summaries and disputes of those happenings. The result is the same as linking every stored article at once
 * in any order: happenings are the connected components of the symmetric compatibility relation with the smallest
 * member key as id, and a copy group's original is its earliest article. Stateless apart from the state it is given.
 */
public final class IncrementalLinker {
    private final OutletRegistry outlets;
    private final double copyThreshold;
    private final DisputeJudge judge = new DisputeJudge();

    public IncrementalLinker(OutletRegistry outlets) {
        this(outlets, NearDuplicates.DEFAULT_THRESHOLD);
    }

    public IncrementalLinker(OutletRegistry outlets, double copyThreshold) {
        this.outlets = outlets;
        this.copyThreshold = copyThreshold;
    }

    /**
     * Adds (or, when it is already there, replaces) one article's reports and updates the happenings they touch.
     *
     * @return the ids of the happenings written
     */
    public Set<String> add(Doc doc, LinkState state) {
        var article = doc.article();
        Set<String> touched = new TreeSet<>();
        // a re-analyzed article: take its old reports out and split what they held together
        for (String h : state.removeArticle(article.id())) touched.addAll(resplit(h, state));

        String copyOf = copyGroup(doc, state, touched);
        for (Report r : Linker.reports(doc, outlets, copyOf)) {
            String bucket = Compatibility.family(r.assertion().kind()) + "|" + HappeningIndex.where(r);
            Set<String> joined = new TreeSet<>();
            for (LinkState.Member m : candidates(r, bucket, state))
                if (Compatibility.compatible(r, m.report())) joined.add(m.happening());
            String target = r.key();
            for (String h : joined) if (h.compareTo(target) < 0) target = h;
            for (String h : joined)
                if (!h.equals(target)) {
                    state.moveMembers(h, target);
                    state.deleteHappening(h);
                    touched.remove(h);
                }
            state.addMember(r, bucket, target, quote(doc, r.assertion()));
            touched.add(target);
        }
        for (String h : touched) summarize(h, state);
        return touched;
    }

    /** The stored reports {@code r} must be compared with: its bucket's (and, for a place of unknown country, every bucket of its family). */
    private static List<LinkState.Member> candidates(Report r, String bucket, LinkState state) {
        String family = Compatibility.family(r.assertion().kind());
        LocalDate[] iv = Compatibility.interval(r);
        int slack = Compatibility.slack(r.assertion().kind());
        LocalDate from = iv[0].minusDays(slack), to = iv[1].plusDays(slack);
        List<String> buckets = new ArrayList<>();
        if (HappeningIndex.where(r).equals(HappeningIndex.ANY_COUNTRY)) buckets.addAll(state.buckets(family + "|"));
        else {
            buckets.add(bucket);
            buckets.add(family + "|" + HappeningIndex.ANY_COUNTRY);
        }
        List<LinkState.Member> out = new ArrayList<>();
        for (String b : new TreeSet<>(buckets)) out.addAll(state.overlapping(b, from, to));
        return out;
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
        long[] bands = NearDuplicates.bandKeys(signature);
        LinkState.CopyEntry self = new LinkState.CopyEntry(article.id(), article.published(), signature, article.id().value());
        Set<String> roots = new TreeSet<>();
        LinkState.CopyEntry earliest = self;
        if (!MinHash.words(doc.text()).isEmpty()) // no words, no evidence of copying
            for (LinkState.CopyEntry other : state.copyCandidates(bands))
                if (MinHash.similarity(signature, other.signature()) >= copyThreshold) {
                    roots.add(other.copyOf());
                    LinkState.CopyEntry root = other.copyOf().equals(other.article().value()) ? other
                            : state.copyEntry(new org.sitrep.model.ArticleId(other.copyOf()));
                    if (root != null && earlier(root, earliest)) earliest = root;
                }
        String root = earliest.article().value();
        state.addCopyEntry(new LinkState.CopyEntry(article.id(), article.published(), signature, root), bands);
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
        List<Report> members = state.members(happening);
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

    /** Rewrites a happening's summary and disputes from its members, or deletes it when it has none. */
    private void summarize(String id, LinkState state) {
        List<Report> members = new ArrayList<>(state.members(id));
        if (members.isEmpty()) {
            state.deleteHappening(id);
            return;
        }
        members.sort(java.util.Comparator.comparing(Report::key));
        Happening h = HappeningIndex.happening(id, members);
        state.putHappening(h, judge.judge(h));
    }

    /** The characters a report rests on, for listings: its evidence span (the sentence), else its own span. */
    public static String quote(Doc doc, Assertion a) {
        String t = doc.text();
        var s = a.evidence() != null && a.evidence().span() != null ? a.evidence().span() : a.span();
        if (t == null || s.end() > t.length()) return "";
        return t.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    }
}
