package org.sitrep.link;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.ArticleId;

/**
 * Where {@link IncrementalLinker} keeps the linking state between articles: the ledger's link tables (the store
 * implements it over SQL), so adding an article reads and writes only the rows it touches. Calls happen inside the
 * caller's transaction.
 */
public interface LinkState {
    /** A stored report with the bucket it is indexed under and the id of its happening. */
    record Member(Report report, String bucket, String happening) {}

    /** An article's MinHash signature, its count of distinct shingles, day and copy-group original ({@link NearDuplicates}). */
    record CopyEntry(ArticleId article, LocalDate published, long[] signature, int shingles, String copyOf) {}

    /** The indexed article, or null. */
    CopyEntry copyEntry(ArticleId article);

    /** The indexed articles that share at least one LSH band key with the given ones. */
    List<CopyEntry> copyCandidates(long[] bandKeys);

    /** Indexes an article under its band keys. */
    void addCopyEntry(CopyEntry entry, long[] bandKeys);

    /**
     * Makes {@code root} the original of every article whose original is one of {@code from}, in the copy index and
     * in the stored reports; returns the articles whose original changed.
     */
    Set<ArticleId> moveCopies(Collection<String> from, String root);

    /** The stored reports of these buckets whose days [start, end) meet [from, to). */
    List<Member> overlapping(Collection<String> buckets, LocalDate from, LocalDate to);

    /** The buckets that start with {@code prefix}. */
    List<String> buckets(String prefix);

    /** The reports of each of these happenings, by happening id, each list in key order. */
    Map<String, List<Report>> members(Collection<String> happenings);

    /** The happenings that hold a report of one of these articles. */
    Set<String> happeningsOf(Collection<ArticleId> articles);

    /** A report to store, with its bucket, happening and evidence text (for listings). */
    record NewMember(Report report, String bucket, String happening, String quote) {}

    /** Stores reports as members of their happenings. */
    void addMembers(List<NewMember> members);

    /** Moves every member of the happenings {@code from} to happening {@code to}. */
    void moveMembers(Collection<String> from, String to);

    /** Moves the given reports (by key) to happening {@code to}. */
    void moveReports(Collection<String> reportKeys, String to);

    /** Removes an article's reports; returns the happenings they were in. */
    Set<String> removeArticle(ArticleId article);

    /** Writes (replacing) happenings' summary rows and their disputes (by happening id). */
    void putHappenings(List<Happening> happenings, Map<String, List<Dispute>> disputes);

    /** Removes happenings' summary rows and their disputes. */
    void deleteHappenings(Collection<String> ids);
}
