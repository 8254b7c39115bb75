package org.sitrep.events;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.PloverType;

/**
 * Event triggers of war reporting that the CAMEO verb dictionary misses or codes in another sense (CAMEO's
 * "liberate" is releasing prisoners, "clear" and "hold" are not events, it has no nouns): lemma → PLOVER type,
 * mode, CAMEO code, and what the event does to control of a place. Consulted before {@link CameoLexicon}.
 */
public final class WarLexicon {
    /** What an event says about who controls the place it happens at. */
    public enum ControlEffect {
        /** The agent takes the place: "liberated", "captured", "took control of", "cleared". */
        GAIN,
        /** The agent leaves it: "withdrew from", "retreated from", "abandoned". */
        LOSE,
        /** The agent keeps it against the target: "pushed back". */
        DEFEND,
        NONE
    }

    /** One trigger. */
    public record Entry(PloverType type, String mode, String cameo, ControlEffect control) {}

    private static final Entry SEIZE = new Entry(PloverType.COERCE, "seize", "192", ControlEffect.GAIN);
    private static final Entry RETREAT = new Entry(PloverType.RETREAT, "military", "0874", ControlEffect.LOSE);
    /**
     * "repelled attacks near X": fighting off an assault, which the annotation rules code as FIGHTING only; it says
     * nothing of who holds X (as "held back" and "beat off").
     */
    private static final Entry REPEL = new Entry(PloverType.FIGHT, "", "190", ControlEffect.NONE);
    private static final Entry PUSH_BACK = new Entry(PloverType.FIGHT, "", "190", ControlEffect.DEFEND);
    /** "pushed Russian troops out of Kupiansk": the agent takes the place from the one it drives out. */
    private static final Entry OUST = new Entry(PloverType.COERCE, "seize", "192", ControlEffect.GAIN);
    private static final Entry FIGHT = new Entry(PloverType.FIGHT, "", "190", ControlEffect.NONE);
    private static final Entry SHELL = new Entry(PloverType.FIGHT, "heavy-weapons", "194", ControlEffect.NONE);
    private static final Entry AIR = new Entry(PloverType.FIGHT, "heavy-weapons", "195", ControlEffect.NONE);
    private static final Entry DEPLOY = new Entry(PloverType.MOBILIZE, "troops", "154", ControlEffect.NONE);

    private static final Map<String, Entry> VERBS = Map.ofEntries(
            Map.entry("liberate", SEIZE), Map.entry("capture", SEIZE), Map.entry("seize", SEIZE),
            Map.entry("occupy", SEIZE), Map.entry("retake", SEIZE), Map.entry("recapture", SEIZE),
            Map.entry("annex", SEIZE),
            // "to de-occupy Crimea": ending an occupation names it as standing (its controller is the occupier)
            Map.entry("de-occupy", SEIZE), Map.entry("deoccupy", SEIZE),
            Map.entry("withdraw", RETREAT), Map.entry("retreat", RETREAT), Map.entry("abandon", RETREAT),
            Map.entry("repel", REPEL), Map.entry("repulse", REPEL),
            Map.entry("clash", FIGHT), Map.entry("fight", FIGHT), Map.entry("battle", FIGHT),
            Map.entry("attack", FIGHT), Map.entry("assault", FIGHT), Map.entry("storm", FIGHT),
            Map.entry("skirmish", FIGHT), Map.entry("counterattack", FIGHT), Map.entry("counter-attack", FIGHT),
            Map.entry("shell", SHELL), Map.entry("bomb", AIR), Map.entry("strike", AIR),
            Map.entry("deploy", DEPLOY), Map.entry("redeploy", DEPLOY), Map.entry("dispatch", DEPLOY));

    /** Verbs that are triggers only with a particle or object: lemma → the words that make them one. */
    private static final Map<String, Set<String>> NEEDS = Map.ofEntries(
            Map.entry("take", Set.of("control", "over", "village", "town", "city", "settlement")),
            Map.entry("clear", Set.of("village", "town", "city", "settlement", "area")),
            Map.entry("push", Set.of("back")),
            Map.entry("pull", Set.of("out", "back")),
            Map.entry("send", Set.of("troops", "forces", "soldiers", "units", "military", "personnel", "reinforcements")),
            Map.entry("hit", Set.of("area", "building", "block", "city", "town", "village", "point", "position", "positions")),
            Map.entry("gain", Set.of("ground", "territory", "control")),
            // "regained control of", "regained the town": a retaking; "regained momentum" is none
            Map.entry("regain", Set.of("control", "ground", "territory", "village", "town", "city", "settlement")),
            Map.entry("establish", Set.of("control")),
            // "holding back / beat back attacks": fighting off an assault, which says nothing of who holds the place
            Map.entry("hold", Set.of("back")),
            Map.entry("beat", Set.of("back", "off")),
            Map.entry("fire", Set.of("at", "on", "toward", "towards", "upon")),
            Map.entry("participate", Set.of()), Map.entry("take part", Set.of()));

    private static final Map<String, Entry> NEEDED = Map.ofEntries(
            Map.entry("take", SEIZE), Map.entry("clear", SEIZE), Map.entry("push", PUSH_BACK), Map.entry("pull", RETREAT),
            Map.entry("send", DEPLOY), Map.entry("hit", AIR), Map.entry("gain", SEIZE), Map.entry("regain", SEIZE),
            Map.entry("establish", SEIZE), Map.entry("hold", FIGHT), Map.entry("beat", FIGHT), Map.entry("fire", SHELL));

    private static final Map<String, Entry> NOUNS = Map.ofEntries(
            Map.entry("clash", FIGHT), Map.entry("battle", FIGHT), Map.entry("fighting", FIGHT),
            Map.entry("fight", FIGHT), Map.entry("attack", FIGHT), Map.entry("assault", FIGHT),
            Map.entry("offensive", FIGHT), Map.entry("hostility", FIGHT), Map.entry("hostilities", FIGHT),
            Map.entry("combat", FIGHT), Map.entry("advance", FIGHT), Map.entry("counteroffensive", FIGHT),
            Map.entry("counter-offensive", FIGHT), Map.entry("skirmish", FIGHT),
            Map.entry("counterattack", FIGHT), Map.entry("counter-attack", FIGHT), Map.entry("siege", FIGHT),
            Map.entry("strike", AIR), Map.entry("airstrike", AIR), Map.entry("bombardment", SHELL),
            Map.entry("shelling", SHELL),
            Map.entry("deployment", DEPLOY),
            Map.entry("liberation", SEIZE), Map.entry("capture", SEIZE), Map.entry("seizure", SEIZE),
            Map.entry("occupation", SEIZE), Map.entry("annexation", SEIZE), Map.entry("takeover", SEIZE),
            Map.entry("de-occupation", SEIZE), Map.entry("deoccupation", SEIZE),
            // only when it takes ground ("the Crimea grab", "a land grab"): see EventExtractor
            Map.entry("grab", SEIZE),
            Map.entry("gain", SEIZE),
            Map.entry("withdrawal", RETREAT), Map.entry("retreat", RETREAT),
            Map.entry("participation", FIGHT), Map.entry("involvement", FIGHT));

    /** Verbs that, with "out of" a place, drive a side out of it: the trigger is the lemma and "out" ("push out"). */
    public static final Set<String> OUSTERS = Set.of("push", "drive", "force", "kick", "throw", "chase", "squeeze");

    /** Lemmas that say an actor takes part in fighting: their event also makes a PARTICIPATION assertion. */
    public static final Set<String> PARTICIPATION = Set.of("participate", "participation", "involvement",
            "take part", "fight", "fighting");

    /** Triggers that end an occupation: they name it as standing, and their agent is not the one who holds. */
    public static final Set<String> ENDING_OCCUPATION = Set.of("de-occupy", "deoccupy", "de-occupation",
            "deoccupation");

    private WarLexicon() {}

    /**
     * The entry for verb {@code lemma} whose particles, objects and following words (lower case) are
     * {@code following}; empty when it is no war trigger.
     */
    public static Optional<Entry> verb(String lemma, Set<String> following) {
        if (lemma.equals("participate")) return Optional.of(FIGHT);
        Entry e = VERBS.get(lemma);
        if (e != null) return Optional.of(e);
        Set<String> needs = NEEDS.get(lemma);
        if (needs == null || NEEDED.get(lemma) == null) return Optional.empty();
        for (String w : following)
            if (needs.contains(w)) return Optional.of(NEEDED.get(lemma));
        return Optional.empty();
    }

    /**
     * Verbs that mean something else with a word right after them: "seizing on fears" exploits, takes nothing; "the
     * killings took place in the village" happened there.
     */
    private static final Map<String, Set<String>> PARTICLE_IDIOMS = Map.of("seize", Set.of("on", "upon"),
            "take", Set.of("place"));

    /** Whether verb {@code lemma} followed directly by {@code next} (lower case, may be null) is such an idiom. */
    public static boolean idiom(String lemma, String next) {
        return next != null && PARTICLE_IDIOMS.getOrDefault(lemma, Set.of()).contains(next);
    }

    /** Whether verb {@code lemma} takes ground by itself ("seize", "capture", "liberate"). */
    public static boolean takes(String lemma) {
        Entry e = VERBS.get(lemma);
        return e != null && e.control() == ControlEffect.GAIN;
    }

    /** The entry for noun {@code lemma}, or empty. */
    public static Optional<Entry> noun(String lemma) {
        return Optional.ofNullable(NOUNS.get(lemma));
    }

    /**
     * The control effect of an event's trigger (its lemma, or lemma and particle: "push back") coded {@code cameo}:
     * only in this lexicon's own sense, so "take part" and a CAMEO sense of the same verb ("NATO pushed eastward")
     * take no ground.
     */
    public static ControlEffect control(String trigger, String cameo) {
        if (PARTICIPATION.contains(trigger)) return ControlEffect.NONE;
        String lemma = trigger.split(" ")[0];
        if (trigger.endsWith(" out") && OUSTERS.contains(lemma)) return OUST.cameo().equals(cameo) ? OUST.control() : ControlEffect.NONE;
        Entry e = VERBS.get(lemma);
        if (e == null) e = NEEDED.get(lemma);
        if (e == null) e = NOUNS.get(lemma);
        return e == null || !e.cameo().equals(cameo) ? ControlEffect.NONE : e.control();
    }
}
