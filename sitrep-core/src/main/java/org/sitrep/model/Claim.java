package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An attributed statement: who (source, reached through the chain) said what (content) with which cue, and how the
 * reporter frames it. No text is copied: every part is a span into the article.
 *
 * @param cue           the reporting expression ("stated", "called on", "according to")
 * @param cueLemma      its lemma, lower case ("state", "call on", "according to")
 * @param cueClass      the kind of speech act the cue performs (assert, deny, demand, …)
 * @param source        who makes the claim; its code is null when the speaker could not be resolved
 * @param chain         outer → inner: the article's outlet, any relaying agency, …, the source last
 * @param content       what is claimed
 * @param stance        the reporter's stance: neutral, distanced ("allegedly", scare quotes, "claimed"), endorsed
 * @param polarity      the source asserts or denies the content
 * @param firstTime     the text presents the claim as a first acknowledgment or confirmation
 * @param statementDate when the claim was made, if known
 * @param dateBasis     how statementDate was found: explicit (a date in the clause), period (a month or
 *                      year in the clause: its first day), discourse (carried from an
 *                      earlier sentence: "at that time"), publication (no date given: the article's date); null
 *                      when not determined
 * @param evidence      the sentence span(s) that hold the claim, with the stage and confidence
 */
public record Claim(Span cue, String cueLemma, CueClass cueClass, ActorRef source, List<ActorRef> chain,
                    Span content, Stance stance, ClaimPolarity polarity, boolean firstTime, LocalDate statementDate,
                    DateBasis dateBasis, Evidence evidence) {
    public Claim {
        chain = List.copyOf(chain);
    }

    /**
     * The claim's stable id, {@code <article id>:<cue start>}: deterministic, the same after re-analysis as long as
     * the cue stays where it is, and unique within an article (no two claims share a cue).
     */
    public String id() {
        return idOf(evidence.article(), cue.start());
    }

    /** The id of the claim whose cue starts at {@code cueStart} in {@code article}. */
    public static String idOf(ArticleId article, int cueStart) {
        return article.value() + ":" + cueStart;
    }

    /** This claim reached through another chain. */
    public Claim withChain(List<ActorRef> newChain) {
        return new Claim(cue, cueLemma, cueClass, source, newChain, content, stance, polarity, firstTime,
                statementDate, dateBasis, evidence);
    }

    /** This claim marked (or not) as a first acknowledgment. */
    public Claim withFirstTime(boolean first) {
        return new Claim(cue, cueLemma, cueClass, source, chain, content, stance, polarity, first, statementDate,
                dateBasis, evidence);
    }

    /** This claim with another content span and the evidence that covers it. */
    public Claim withContent(Span newContent, Evidence newEvidence) {
        return new Claim(cue, cueLemma, cueClass, source, chain, newContent, stance, polarity, firstTime,
                statementDate, dateBasis, newEvidence);
    }
}
