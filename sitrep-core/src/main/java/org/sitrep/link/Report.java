package org.sitrep.link;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Assertion;

/**
 * One assertion as the cross-article stages see it: what is asserted, by whom, through which outlet, stated when.
 *
 * @param article   the article it was read in
 * @param index     its index in the article's ASSERTIONS layer (with the article, its identity)
 * @param stated    when the holder stated it: the claim's statement date, else the article's publication day
 * @param outlet    the outlet's id ({@link OutletRegistry}); "" when unknown
 * @param copyOf    the id of the earliest article of the article's copy group ({@link NearDuplicates}); its own id
 *                  when it copies nothing
 * @param assertion the assertion
 * @param quote     the sentence it rests on (its evidence span's text); "" when unknown. Members of a happening whose
 *                  sentences are one passage rest on one source ({@link NearDuplicates#samePassage})
 */
public record Report(ArticleId article, int index, LocalDate stated, String outlet, String copyOf, Assertion assertion,
                     String quote) {
    public Report {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(assertion, "assertion");
        outlet = outlet == null ? "" : outlet;
        copyOf = copyOf == null ? article.value() : copyOf;
        quote = quote == null ? "" : quote;
    }

    /** A report whose sentence is not known. */
    public Report(ArticleId article, int index, LocalDate stated, String outlet, String copyOf, Assertion assertion) {
        this(article, index, stated, outlet, copyOf, assertion, "");
    }

    /** A stable, sortable identity: article id and index. */
    public String key() {
        String n = Integer.toString(index); // zero-padded to five digits without String.format, which is slow
        return article.value() + ":" + "00000".substring(Math.min(5, n.length())) + n;
    }

    /**
     * Who stands behind it, for counting independent sources: the holder's code (ten outlets quoting the Russian
     * Ministry of Defence are one source), else the copy group's original article (wire copies count once): the
     * outlet's own narration, and sources it names but that have no code ("the report", "ISW analysts", "the
     * institute" in one article are not three sources; a name alone cannot tell whether two articles quote one).
     */
    public String original() {
        var h = assertion.holder();
        if (assertion.claim() == null || h.code() == null || h.code().isBlank()) return "article:" + copyOf;
        // a country named as the speaker ("Russia denies …": its registry entry is the country itself) speaks through
        // its government, one source with "the Kremlin" (RUSGOV); a citizen coded by country (RUS, no such id) is not
        return h.code().length() == 3 && h.code().equals(h.actorId()) ? h.code() + "GOV" : h.code();
    }

    /**
     * The holder as a key for "same holder" (reversals): its code; for the outlet's own narration (or a claim whose
     * source the text does not name) the outlet, else the article's copy group, so that articles of unnamed outlets
     * are not all one holder; else the source's lower-cased name.
     */
    public String holderKey() {
        var h = assertion.holder();
        if (h.code() != null && !h.code().isBlank()) return h.code();
        if (assertion.claim() == null || h.mention() == null) return outlet.isEmpty() ? "article:" + copyOf : "outlet:" + outlet;
        return h.name().toLowerCase(java.util.Locale.ROOT).strip();
    }

    /** The holder's side: the first three letters of its CAMEO code (RUS, UKR), or its key when it has no code. */
    public String side() {
        var h = assertion.holder();
        return h.code() != null && h.code().length() >= 3 ? h.code().substring(0, 3) : holderKey();
    }
}
