package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One mention of something happening, typed in PLOVER, with its arguments. Held by a claim when it lies in the
 * claim's content (its holder is then the claim's source), else by the article's outlet (narration). No text is
 * copied: every part is a span into the article.
 *
 * @param span       the trigger ("liberated", "clashes", "called on")
 * @param trigger    the trigger's lemma, lower case ("liberate", "clash", "call on")
 * @param type       the PLOVER type
 * @param mode       the PLOVER mode ("troops", "heavy-weapons", "seize"…), or "" when none is given
 * @param cameo      the CAMEO code the trigger matched (three or four digits: "0331", "190"), or "" when the type
 *                   came from elsewhere
 * @param agent      who acts, or null when the text names no resolvable actor
 * @param target     who or what is acted upon, or null
 * @param place      where, with the characters that name it; null when no place is given or resolved (never a
 *                   default place)
 * @param placeName  the characters naming the place: the resolved place's span, or a location name the gazetteer
 *                   does not know (then {@code place} is null); null when the event's clause names no place
 * @param time       when, with the characters that name it; null when no time is given
 * @param quantities the numbers that count the event or its effects ("21 clashes", "five killed")
 * @param polarity   occurred or denied / did not happen
 * @param modality   actual, planned, demanded or hypothetical
 * @param claim      the id of the claim whose content holds the event ({@link #claimRef(Claim)}), or null for
 *                   narration
 * @param holder     who asserts the event: the claim's source, or the article's outlet for narration
 * @param evidence   the sentence span, stage and confidence
 */
public record Event(Span span, String trigger, PloverType type, String mode, String cameo, ActorRef agent,
                    ActorRef target, PlaceMention place, Span placeName, TimeMention time, List<Quantity> quantities,
                    Polarity polarity, Modality modality, String claim, ActorRef holder, Evidence evidence) {
    public Event {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(evidence, "evidence");
        mode = mode == null ? "" : mode;
        cameo = cameo == null ? "" : cameo;
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        if (placeName == null && place != null) placeName = place.span();
    }

    /**
     * The reference an event or assertion keeps to the claim that holds it: stable within an article because a
     * claim is identified by its cue's characters ({@code "cue:120-128"}).
     */
    public static String claimRef(Claim claim) {
        return "cue:" + claim.cue().start() + "-" + claim.cue().end();
    }
}
