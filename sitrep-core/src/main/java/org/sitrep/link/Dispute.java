package org.sitrep.link;

/**
 * A contradiction between two holders, or a reversal of one holder's own position.
 *
 * @param kind      what kind of disagreement
 * @param happening the id of the happening both sides are about
 * @param first     the earlier side (by statement day, then key)
 * @param second    the other side
 * @param reason    one sentence a person can check against both evidence spans
 */
public record Dispute(Kind kind, String happening, Report first, Report second, String reason) {
    /** The disagreements sitrep reports. */
    public enum Kind {
        /** Control of a place claimed by one side while another reports fighting there, or claims control itself. */
        CONTESTED_CONTROL,
        /** Participation asserted by one holder and denied by another. */
        PARTICIPATION_DENIED,
        /** Figures for the same happening that cannot both hold, allowing for "at least", "up to", "about". */
        DISPUTED_COUNT,
        /** Said to have happened by one holder, denied by another. */
        OCCURRED_DENIED,
        /** The same happening blamed on actors of different sides by different holders. */
        RESPONSIBILITY_DISPUTED,
        /** An attack one holder blames on a side, and the side itself denies carrying out. */
        RESPONSIBILITY_DENIED,
        /** A planned attack one holder accuses a side of, and another (usually the accused) denies. */
        PLAN_DENIED,
        /** The same holder later asserting the opposite. */
        REVERSAL
    }
}
