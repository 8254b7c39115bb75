package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.ArticleId;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

/**
 * One row of the ledger's claims table: an {@link org.sitrep.model.Claim} with the article's words it points at
 * already copied out, so listing claims needs no document. Spans are offsets into the article's text.
 *
 * @param id            {@code <article id>:<cue start>}, stable across re-analysis as long as the cue stays put
 * @param index         the claim's position in the article's claims layer (0, 1, 2…)
 * @param published     the article's publication day
 * @param outlet        the article's outlet, or null
 * @param source        who makes the claim
 * @param chain         outer → inner: the outlet, any relaying agency, …, the source last
 * @param cue           the cue's words ("called on")
 * @param content       the content's words
 * @param statementDate when the claim was made, or null; {@code dateBasis} how it was found, or null
 * @param place         the first place named in the content, else in the claim's sentence; null when none
 * @param evidence      the sentence span(s) holding the claim
 * @param stage         name of the stage that extracted the claim; {@code stageVersion} its version
 * @param confidence    the extraction's confidence in [0, 1]
 */
public record StoredClaim(String id, ArticleId article, int index, LocalDate published, String outlet,
                          ActorLink source, List<ActorLink> chain, String cue, Span cueSpan, String cueLemma,
                          CueClass cueClass, String content, Span contentSpan, Stance stance,
                          ClaimPolarity polarity, boolean firstTime, LocalDate statementDate, DateBasis dateBasis,
                          Place place, Span evidence,
                          String stage, String stageVersion, double confidence) {
    public StoredClaim {
        chain = List.copyOf(chain);
    }

    /**
     * A source or a link of a chain.
     *
     * @param code     CAMEO code, or null when unresolved
     * @param id       the actor's registry id beside its code (the Kremlin and the foreign ministry are both RUSGOV),
     *                 or null
     * @param name     display name
     * @param text     the words the article uses for it, or null (the article's own outlet is not named in its text)
     * @param refersTo what a pronoun or short description stands for (the earlier words), or null
     */
    public record ActorLink(String code, String id, String name, String text, String refersTo) {
        /** A link without a registry id. */
        public ActorLink(String code, String name, String text, String refersTo) {
            this(code, null, name, text, refersTo);
        }
    }
}
