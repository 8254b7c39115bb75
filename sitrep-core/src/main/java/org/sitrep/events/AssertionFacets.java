package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Mode;
import org.sitrep.model.Claim;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Token;

/**
 * What linking compares beside an assertion's slots: its event's trigger, how force was used (a drone strike's dead
 * and an assault's dead are not one happening) and whether its date was stated or is only the day it was published
 * (then it says little about when the thing happened). Stateless.
 */
final class AssertionFacets {
    /** Words that make a use of force aerial: "drone strike", "missile attack", "air raid". */
    private static final Set<String> AERIAL = Set.of("drone", "drones", "uav", "uavs", "missile", "missiles",
            "airstrike", "airstrikes", "air", "aircraft", "bomb", "bombs", "bombing", "bomber", "bombers", "jet",
            "jets", "shahed", "shaheds", "kamikaze", "ballistic", "cruise", "glide", "warplane", "warplanes");
    /** Words that make it heavy weapons: "shelling", "artillery fire", "rocket launchers". */
    private static final Set<String> HEAVY = Set.of("shell", "shells", "shelled", "shelling", "artillery", "mortar",
            "mortars", "howitzer", "howitzers", "rocket", "rockets", "mlrs", "grad", "bombardment", "tank",
            "tanks", "cluster");
    /** Triggers of forces on the ground. */
    private static final Set<String> GROUND = Set.of("clash", "battle", "fighting", "fight", "assault", "storm",
            "offensive", "counteroffensive", "counter-offensive", "counterattack", "counter-attack", "combat", "skirmish",
            "advance", "repel", "repulse", "hold back", "beat back", "beat off", "regain",
            "ambush", "raid", "capture", "seize", "liberate", "occupy", "retake", "recapture", "withdraw", "retreat",
            "encircle", "infiltrate", "sabotage", "take", "defend", "surround", "besiege", "push out", "drive out");
    /** Tokens either side of the trigger looked at for the weapon ("a Russian drone strike on a market"). */
    private static final int WINDOW = 4;

    private AssertionFacets() {}

    /** The assertions with their trigger, mode and date basis. */
    static List<Assertion> add(Doc doc, List<Event> events, List<Claim> claims, List<Assertion> as) {
        List<Assertion> out = new ArrayList<>(as.size());
        for (Assertion a : as) {
            Event e = a.event() >= 0 && a.event() < events.size() ? events.get(a.event()) : null;
            // an accused act the events stage has no event for is named by its lemma, as events are ("shelling" → shell)
            String trigger = e != null ? e.trigger() : a.kind() == Assertion.Kind.RESPONSIBILITY ? lemma(doc, a)
                    : a.span().of(doc.text()).toLowerCase(Locale.ROOT).strip();
            out.add(a.withFacets(trigger, mode(doc, a, trigger, e), dateBasis(a, claims)));
        }
        return out;
    }

    /**
     * Control and fighting are ground by construction (AssertionBuilder keeps only ground fighting); casualties and
     * occurrences take the weapon named next to their event's trigger, else the trigger's own kind; other kinds use
     * no force.
     */
    static Mode mode(Doc doc, Assertion a, String trigger, Event e) {
        switch (a.kind()) {
            case CONTROL, FIGHTING -> {
                return Mode.GROUND;
            }
            case CASUALTIES, OCCURRED, DENIED -> { }
            // an accused act is a use of force; blame for what the text does not call an act ("the explosion") is not
            case RESPONSIBILITY -> {
                if (!BlameReader.ACTS.contains(trigger)) return null;
            }
            default -> {
                return null;
            }
        }
        Mode near = e != null ? weaponNear(doc, e.span()) : a.kind() == Assertion.Kind.RESPONSIBILITY ? weaponNear(doc, a.span()) : null;
        if (near != null) return near;
        if (GROUND.contains(trigger)) return Mode.GROUND;
        if (HEAVY.contains(trigger)) return Mode.HEAVY_WEAPONS;
        if (AERIAL.contains(trigger) || trigger.equals("strike")) return Mode.AERIAL;
        return null;
    }

    /** The weapon named within a few tokens of the event's trigger in its sentence: aerial before heavy. */
    private static Mode weaponNear(Doc doc, org.sitrep.model.Span trigger) {
        List<Token> tokens = doc.find(Layer.TOKENS).orElse(List.of());
        List<Sentence> sentences = doc.find(Layer.SENTENCES).orElse(List.of());
        int at = -1;
        for (int i = 0; i < tokens.size() && at < 0; i++) if (tokens.get(i).span().start() >= trigger.start()) at = i;
        if (at < 0) return null;
        Sentence s = sentences.isEmpty() ? null : sentences.get(Math.min(tokens.get(at).sentence(), sentences.size() - 1));
        int from = Math.max(s == null ? 0 : s.firstToken(), at - WINDOW);
        int to = Math.min(s == null ? tokens.size() : s.endToken(), at + WINDOW + 1);
        boolean heavy = false;
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).span().of(doc.text()).toLowerCase(Locale.ROOT);
            if (AERIAL.contains(w)) return Mode.AERIAL;
            heavy |= HEAVY.contains(w);
        }
        return heavy ? Mode.HEAVY_WEAPONS : null;
    }

    /** The lemma of the first token of the assertion's span, lower-cased. */
    private static String lemma(Doc doc, Assertion a) {
        for (Token t : doc.find(Layer.TOKENS).orElse(List.of()))
            if (t.span().start() >= a.span().start()) return t.lemma().toLowerCase(Locale.ROOT);
        return a.span().of(doc.text()).toLowerCase(Locale.ROOT).strip();
    }

    /**
     * A time the text gives is {@link DateBasis#EXPLICIT}; a time AssertionBuilder filled in (a control's as-of)
     * is the holding claim's statement date (that date's basis) or the publication day; no time is the publication.
     */
    static DateBasis dateBasis(Assertion a, List<Claim> claims) {
        if (a.time() == null) return DateBasis.PUBLICATION;
        if (!a.time().evidence().stage().equals(AssertionBuilder.NAME)) return DateBasis.EXPLICIT;
        if (a.time().value().anchoring() == TimeValue.Anchoring.PUBLICATION_DATE) return DateBasis.PUBLICATION;
        for (Claim c : claims)
            if (Event.claimRef(c).equals(a.claim()) && c.dateBasis() != null) return c.dateBasis();
        return DateBasis.PUBLICATION;
    }
}
