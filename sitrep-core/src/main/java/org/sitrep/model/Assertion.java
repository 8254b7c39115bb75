package org.sitrep.model;

import java.util.Objects;

/**
 * A proposition normalized for comparison across articles: a kind with slots, who holds it and the time it is
 * asserted for. Which slots a kind uses:
 * <ul>
 *   <li>{@code CONTROL}: place, actor = the controller, time = as of</li>
 *   <li>{@code FIGHTING}: place, time, count (clashes, attacks)</li>
 *   <li>{@code PARTICIPATION}: actor, place (or none: the conflict), polarity</li>
 *   <li>{@code DEPLOYMENT}: actor, place</li>
 *   <li>{@code CASUALTIES}: place, count (its {@code counted} is the kind: killed, wounded, losses…), event</li>
 *   <li>{@code OCCURRED} / {@code DENIED}: event</li>
 *   <li>{@code RESPONSIBILITY}: actor, event</li>
 *   <li>{@code VIOLATION}: actor, norm ("UN Security Council resolutions")</li>
 *   <li>{@code PLAN}: actor = the planner, place = the target (or null), trigger = the deed ("invade", "attack");
 *       modality PLANNED; positive when someone says the planner intends it ("Russia plans to invade Ukraine"),
 *       negative when it is denied ("Moscow denies any plans to attack"). A plan is no fact of the war: it links
 *       only with other plans, never with what happened</li>
 * </ul>
 *
 * @param span     the characters the assertion rests on (usually its event's trigger)
 * @param kind     what is asserted
 * @param polarity asserted or denied ("still hold" is CONTROL positive; "not under control" negative)
 * @param modality as its event is presented: actual, or planned, demanded, hypothetical ("could take", "plans to
 *                 attack"), which states no fact to agree or disagree with; ACTUAL when absent (older ledgers)
 * @param actor    the controller / participant / deployed / responsible / violating actor, or null
 * @param place    the place it is about, or null
 * @param placeName the characters naming the place, also when the gazetteer could not resolve it; or null
 * @param time     the time it is asserted for (as-of for CONTROL), or null
 * @param count    the number, for FIGHTING and CASUALTIES, or null
 * @param norm     for VIOLATION: the span naming the norm, else null
 * @param event    the index in {@link Layer#EVENTS} of the event it rests on, or -1
 * @param claim    the holding claim's reference ({@link Event#claimRef(Claim)}), or null for narration
 * @param holder   who asserts it: the claim's source, or the outlet for narration
 * @param evidence stage and confidence
 * @param trigger  its event's trigger lemma ("strike", "capture"), or null (older ledgers, no event)
 * @param mode     how force was used, as linking compares reports: ground, aerial or heavy weapons; null when the
 *                 text does not say or the kind uses no force (older ledgers: null)
 * @param dateBasis where its time comes from: a date in the text about the event ({@link DateBasis#EXPLICIT}),
 *                 the holding claim's statement date (that claim's basis), or only the publication day
 *                 ({@link DateBasis#PUBLICATION}); null in older ledgers
 */
public record Assertion(Span span, Kind kind, Polarity polarity, Modality modality, ActorRef actor, PlaceMention place,
                        Span placeName, TimeMention time, Quantity count, Span norm, int event, String claim, ActorRef holder,
                        Evidence evidence, String trigger, Mode mode, DateBasis dateBasis) {
    /** The assertion kinds of DESIGN.md §4. */
    public enum Kind {
        CONTROL, FIGHTING, PARTICIPATION, DEPLOYMENT, CASUALTIES, OCCURRED, DENIED, RESPONSIBILITY, VIOLATION, PLAN
    }

    /** How force was used: the same strike is not both a drone attack and an assault on foot. */
    public enum Mode {
        /** Forces on the ground: clashes, assaults, captures, withdrawals. */
        GROUND,
        /** From the air: air and drone strikes, missiles, bombs. */
        AERIAL,
        /** Artillery, mortars, rocket launchers, tanks firing: shelling. */
        HEAVY_WEAPONS
    }

    public Assertion {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(evidence, "evidence");
        if (placeName == null && place != null) placeName = place.span();
        if (modality == null) modality = Modality.ACTUAL;
    }

    /** An assertion without the facets linking adds (trigger, mode, date basis). */
    public Assertion(Span span, Kind kind, Polarity polarity, Modality modality, ActorRef actor, PlaceMention place,
                     Span placeName, TimeMention time, Quantity count, Span norm, int event, String claim,
                     ActorRef holder, Evidence evidence) {
        this(span, kind, polarity, modality, actor, place, placeName, time, count, norm, event, claim, holder,
                evidence, null, null, null);
    }

    /** The same assertion with its trigger, mode and date basis. */
    public Assertion withFacets(String trigger, Mode mode, DateBasis dateBasis) {
        return new Assertion(span, kind, polarity, modality, actor, place, placeName, time, count, norm, event, claim,
                holder, evidence, trigger, mode, dateBasis);
    }

    /** An assertion of something actual. */
    public Assertion(Span span, Kind kind, Polarity polarity, ActorRef actor, PlaceMention place, Span placeName,
                     TimeMention time, Quantity count, Span norm, int event, String claim, ActorRef holder,
                     Evidence evidence) {
        this(span, kind, polarity, Modality.ACTUAL, actor, place, placeName, time, count, norm, event, claim, holder,
                evidence);
    }
}
