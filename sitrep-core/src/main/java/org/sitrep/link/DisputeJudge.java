package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Modality;
import org.sitrep.model.Outlet;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;

/**
 * Finds contradictions and reversals among the members of one happening, by general rules (DESIGN.md §4), each with
 * a one-sentence reason. Pairs are judged in (statement day, key) order, so the result does not depend on arrival
 * order. Only <em>voiced</em> reports contest or deny anything: a claim's named source, a holder with an actor
 * code, or a state outlet speaking for its government; a reporter's own uncoded narration can be contested but
 * contests nothing, and takes no part in reversals. Stateless and thread-safe.
 */
public final class DisputeJudge {
    /** Relative tolerance around an exact figure (at least one): reports round and revise (4 dead, then 5). */
    static final double EXACT_TOLERANCE = 0.10;
    /** Relative tolerance around an "about" figure. */
    static final double ABOUT_TOLERANCE = 0.25;
    /** Days after a control claim's as-of date in which fighting reported there contests it; later, the front moved. */
    static final int CONTEST_WINDOW_DAYS = 30;

    private static final Comparator<Report> ORDER = Comparator.comparing(Report::stated).thenComparing(Report::key);

    private final OutletRegistry outlets;

    /** A judge that knows the bundled outlets (which of them speak for a government). */
    public DisputeJudge() {
        this(OutletRegistry.standard());
    }

    public DisputeJudge(OutletRegistry outlets) {
        this.outlets = outlets;
    }

    /** Every dispute within one happening. */
    public List<Dispute> judge(Happening h) {
        List<Report> rs = new ArrayList<>(h.members());
        rs.sort(ORDER);
        // one dispute per kind and pair of independent sources: the earliest of the most direct pairs stands for the rest
        java.util.Map<String, Dispute> best = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        for (int i = 0; i < rs.size(); i++)
            for (int j = i + 1; j < rs.size(); j++) {
                Dispute d = judge(h.id(), rs.get(i), rs.get(j), speakers);
                if (d == null) continue;
                best.merge(d.kind() + "|" + pair(d), d, (old, now) -> rank(now) > rank(old) ? now : old);
            }
        return new ArrayList<>(best.values());
    }

    /**
     * Which pair stands for its kind and pair of originals: the most direct, then one quoting original articles,
     * then (an accusation of a plan and its denial) the two stated closest in time.
     */
    private static int rank(Dispute d) {
        if (d.kind() == Dispute.Kind.PLAN_DENIED)
            return -(int) Math.abs(d.first().stated().toEpochDay() - d.second().stated().toEpochDay()) * 4
                    + (fromOriginal(d.first()) ? 1 : 0) + (fromOriginal(d.second()) ? 1 : 0);
        int originals = (fromOriginal(d.first()) ? 1 : 0) + (fromOriginal(d.second()) ? 1 : 0);
        return direct(d) * 4 + originals;
    }

    /** Whether the report's article is its copy group's original, not a reprint. */
    private static boolean fromOriginal(Report r) {
        return r.copyOf().equals(r.article().value());
    }

    /**
     * How directly two control assertions oppose each other: the same controller with opposite polarity ("we hold
     * it" / "we withdrew") is direct; two controllers ("Russia did not take it" / "we do not hold it") less so.
     */
    private static int direct(Dispute d) {
        Assertion x = d.first().assertion(), y = d.second().assertion();
        if (x.kind() != Kind.CONTROL || y.kind() != Kind.CONTROL) return 0;
        String cx = side(x), cy = side(y);
        return cx != null && cx.equals(cy) && x.polarity() != y.polarity() ? 1 : 0;
    }

    /** One place: each within the other (a named-only village and its spelling variants included). */
    private static boolean samePlace(Assertion x, Assertion y) {
        if (x.place() == null || y.place() == null) return x.place() == y.place();
        var p = x.place().place();
        var q = y.place().place();
        return Compatibility.within(p, q) && Compatibility.within(q, p);
    }

    /** The dispute between two reports of one happening ({@code a} stated no later than {@code b}), or null. */
    Dispute judge(String happening, Report a, Report b) {
        return judge(happening, a, b, new java.util.HashMap<>());
    }

    /** As {@link #judge(String, Report, Report)}, with the outlets' voices looked up once per happening. */
    private Dispute judge(String happening, Report a, Report b, java.util.Map<String, String> speakers) {
        if (a.article().equals(b.article()) && a.holderKey().equals(b.holderKey())) return null;
        Assertion x = a.assertion(), y = b.assertion();
        // "could take", "if … would": no fact stated, so none to contradict or reverse; a plan is contradicted only
        // by a statement about the plan (linking keeps plans in happenings of their own)
        boolean plans = x.kind() == Kind.PLAN && y.kind() == Kind.PLAN;
        if (!plans && (x.modality() != Modality.ACTUAL || y.modality() != Modality.ACTUAL)) return null;
        boolean voicedA = voiced(a, speakers), voicedB = voiced(b, speakers);
        if (!voicedA && !voicedB) return null; // two reporters' own narrations: no named source disagrees
        boolean sameHolder = a.holderKey().equals(b.holderKey());
        if (sameHolder) {
            // a side repeating or hedging its denial of a plan is no reversal worth reporting: plans change
            if (plans) return null;
            if (voicedA && voicedB && b.stated().isAfter(a.stated()) && opposite(x, y)
                    && (x.kind() != Kind.CONTROL || samePlace(x, y) && named(x) && named(y)))
                return new Dispute(Dispute.Kind.REVERSAL, happening, a, b, holder(a) + " said on " + a.stated() + " that "
                        + describe(x) + ", and on " + b.stated() + " that " + describe(y) + ".");
            return null;
        }
        // one side's sources differing is not a contest between holders
        if (side(a, speakers).equals(side(b, speakers))) return null;
        // a denial is a contest only when someone voices it
        if (x.polarity() == Polarity.NEGATIVE && !voicedA || y.polarity() == Polarity.NEGATIVE && !voicedB) return null;
        // fighting contests a control claim only when someone voices it (a reporter's "fighting goes on" does not)
        if (x.kind() == Kind.CONTROL && y.kind() == Kind.FIGHTING)
            return voicedB ? contested(happening, a, b, side(b, speakers)) : null;
        if (y.kind() == Kind.CONTROL && x.kind() == Kind.FIGHTING)
            return voicedA ? contested(happening, b, a, side(a, speakers)) : null;
        if (x.kind() == Kind.CONTROL && y.kind() == Kind.CONTROL && opposite(x, y) && sameDay(a, b) && samePlace(x, y)
                && named(x) && named(y))
            return new Dispute(Dispute.Kind.CONTESTED_CONTROL, happening, a, b, holder(a) + " says " + describe(x)
                    + " (" + a.stated() + "), while " + holder(b) + " says " + describe(y) + " (" + b.stated() + ").");
        if (plans)
            return x.polarity() != y.polarity() && withinDays(a, b, Compatibility.PLAN_SLACK) ? planDenied(happening, a, b) : null;
        if (x.kind() == Kind.PARTICIPATION && y.kind() == Kind.PARTICIPATION && x.polarity() != y.polarity())
            return new Dispute(Dispute.Kind.PARTICIPATION_DENIED, happening, a, b, holder(a) + " says " + describe(x)
                    + "; " + holder(b) + " says " + describe(y) + ".");
        if (x.kind() == Kind.CASUALTIES && y.kind() == Kind.CASUALTIES && x.count() != null && y.count() != null
                && x.polarity() == Polarity.POSITIVE && y.polarity() == Polarity.POSITIVE && local(x) && local(y)
                && x.count().counted().equals(y.count().counted()) && !agree(x.count(), y.count()))
            return new Dispute(Dispute.Kind.DISPUTED_COUNT, happening, a, b, holder(a) + " gives " + figure(x.count())
                    + " " + x.count().counted() + ", " + holder(b) + " gives " + figure(y.count())
                    + ": the two figures cannot both be right.");
        if (x.kind() == Kind.RESPONSIBILITY && y.kind() == Kind.RESPONSIBILITY && x.polarity() == Polarity.POSITIVE
                && y.polarity() == Polarity.POSITIVE && x.actor() != null && y.actor() != null
                && !actorSide(x).equals(actorSide(y)))
            return new Dispute(Dispute.Kind.RESPONSIBILITY_DISPUTED, happening, a, b, holder(a) + " holds "
                    + x.actor().name() + " responsible for what happened in " + placeName(x) + " (" + a.stated() + "), "
                    + holder(b) + " holds " + y.actor().name() + " responsible (" + b.stated() + ").");
        if (x.kind() == Kind.RESPONSIBILITY && y.kind() == Kind.RESPONSIBILITY && x.polarity() != y.polarity()
                && x.actor() != null && y.actor() != null && actorSide(x).equals(actorSide(y)) && Compatibility.sameAct(x, y)) {
            // the accused's own denial answers the accusation; a third party's doubt does not
            Report denial = x.polarity() == Polarity.NEGATIVE ? a : b;
            if (!side(denial, speakers).equals(actorSide(denial.assertion()))) return null;
            return new Dispute(Dispute.Kind.RESPONSIBILITY_DENIED, happening, a, b, blameSide(a) + " (" + a.stated() + "); "
                    + blameSide(b) + " (" + b.stated() + ").");
        }
        if (occurs(x) != null && occurs(y) != null && occurs(x) != occurs(y) && sameDeed(x, y))
            return new Dispute(Dispute.Kind.OCCURRED_DENIED, happening, a, b, holder(a) + " says " + describe(x)
                    + " (" + a.stated() + "); " + holder(b) + " says " + describe(y) + " (" + b.stated() + ").");
        return null;
    }

    /**
     * "Joe Biden says Russia plans to attack Kyiv (2022-02-18); Government of Russia denies it (2022-02-19)": the
     * accusation and the denial, in the order they were stated.
     */
    private static Dispute planDenied(String happening, Report a, Report b) {
        return new Dispute(Dispute.Kind.PLAN_DENIED, happening, a, b, planSide(a) + " (" + a.stated() + "); "
                + planSide(b) + " (" + b.stated() + ").");
    }

    /** "Joe Biden says Russia plans to attack Kyiv", "Russia denies planning to invade", each side in its own words. */
    private static String planSide(Report r) {
        Assertion p = r.assertion();
        String planner = p.actor() == null ? "someone" : p.actor().name();
        String deed = deed(p) + (p.place() == null ? "" : (deed(p).startsWith("launch") ? " in " : " ") + placeName(p));
        if (p.polarity() == Polarity.POSITIVE) return holder(r) + " says " + planner + " plans to " + deed;
        String holderSide = p.holder().code() == null || p.holder().code().length() < 3 ? "" : p.holder().code().substring(0, 3);
        boolean own = p.actor() != null && p.actor().code() != null && p.actor().code().startsWith(holderSide)
                && !holderSide.isEmpty();
        return holder(r) + (own ? " denies planning to " + deed : " denies that " + planner + " plans to " + deed);
    }

    /**
     * "Government of Ukraine holds Russia responsible for the shelling in Kherson", "Russia denies carrying out the
     * shelling in Kherson": each side of an accused attack (the denial is the accused's own).
     */
    private static String blameSide(Report r) {
        Assertion a = r.assertion();
        String act = "the " + actNoun(a) + (a.place() == null ? "" : " in " + placeName(a));
        return a.polarity() == Polarity.POSITIVE ? holder(r) + " holds " + a.actor().name() + " responsible for " + act
                : holder(r) + " denies carrying out " + act;
    }

    /** An accused act as a noun: "shell" → "shelling". */
    private static String actNoun(Assertion a) {
        String t = a.trigger() == null ? "attack" : a.trigger().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "shell" -> "shelling";
            case "bomb" -> "bombing";
            case "bombard" -> "bombardment";
            case "kill" -> "killing";
            case "hit" -> "strike";
            case "shoot" -> "shooting";
            case "destroy" -> "destruction";
            case "blow" -> "blast";
            default -> t;
        };
    }

    /** The deed of a plan as a verb: "invade", "attack". */
    private static String deed(Assertion a) {
        String t = a.trigger() == null ? "attack" : a.trigger().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "invasion" -> "invade";
            case "offensive", "assault", "incursion" -> "launch an " + t;
            default -> t;
        };
    }

    private static boolean withinDays(Report a, Report b, int days) {
        return Math.abs(a.stated().toEpochDay() - b.stated().toEpochDay()) <= days;
    }

    private static String pair(Dispute d) {
        String x = d.first().original(), y = d.second().original();
        return d.kind() == Dispute.Kind.REVERSAL || x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    /**
     * Whether someone a reader can name stands behind the report: a holder with an actor code, a claim's source
     * named in the text ("residents said"), or the narration of an outlet that speaks for a government (TASS).
     */
    private boolean voiced(Report r, java.util.Map<String, String> speakers) {
        var h = r.assertion().holder();
        if (h.code() != null && !h.code().isBlank()) return true;
        if (r.assertion().claim() != null && h.mention() != null) return true;
        return !speaker(r, speakers).isEmpty();
    }

    /** The actor code the report's outlet speaks for (a state outlet's government), or "". */
    private String speaker(Report r, java.util.Map<String, String> speakers) {
        return speakers.computeIfAbsent(r.outlet(), id -> outlets.byId(id).map(Outlet::speaksFor)
                .filter(s -> s != null && !s.isBlank()).orElse(""));
    }

    /** The report's side: its holder's ({@link Report#side()}), or for a state outlet's narration its government's. */
    private String side(Report r, java.util.Map<String, String> speakers) {
        var h = r.assertion().holder();
        boolean coded = h.code() != null && !h.code().isBlank();
        String speaker = r.assertion().claim() == null && !coded ? speaker(r, speakers) : "";
        return speaker.length() >= 3 ? speaker.substring(0, 3) : r.side();
    }

    /**
     * Whether a control assertion names who controls what, so that it can be contested: a controller with a code
     * that is not an international or non-governmental body, over a place below the level of a country.
     */
    static boolean named(Assertion c) {
        String side = side(c);
        if (side == null || side.equals("IGO") || side.equals("NGO") || side.equals("MNC")) return false;
        return local(c);
    }

    /** Whether the assertion is about a place below the level of a country (a country-wide figure is no one place). */
    private static boolean local(Assertion a) {
        return a.place() != null && a.place().place().featureKind() != FeatureKind.COUNTRY;
    }

    /** CONTROL of a place as of t by one holder vs FIGHTING there on or after t reported by another. */
    private static Dispute contested(String happening, Report control, Report fighting, String reporterSide) {
        Assertion c = control.assertion(), f = fighting.assertion();
        if (c.polarity() != Polarity.POSITIVE || f.polarity() != Polarity.POSITIVE || !named(c)) return null;
        // fighting inside the place claimed contests the claim; fighting in the town next to a village does not
        if (c.place() == null || f.place() == null || !Compatibility.within(f.place().place(), c.place().place())) return null;
        // a fight reported by the controller's own side does not contest its control ("we hold it; fighting goes on")
        if (reporterSide.equals(side(c))) return null;
        if (!dated(control) || !dated(fighting)) return null;
        LocalDate asOf = Compatibility.interval(control)[0];
        LocalDate[] fight = Compatibility.interval(fighting); // [start, end)
        if (!fight[1].isAfter(asOf)) return null; // fighting before the control date does not contest it
        if (!fight[0].isBefore(asOf.plusDays(CONTEST_WINDOW_DAYS))) return null; // a month on, the front has moved
        String count = f.count() == null ? "" : " (" + figure(f.count()) + " " + f.count().counted() + ")";
        return new Dispute(Dispute.Kind.CONTESTED_CONTROL, happening, control, fighting, holder(control) + " says "
                + describe(c) + " as of " + asOf + ", but " + holder(fighting) + " reports fighting in "
                + placeName(f) + count + (f.time() != null && f.time().value().isInterval()
                        ? " on " + f.time().value().start() : " (stated " + fighting.stated() + ")") + ".");
    }

    /**
     * Whether a report's time is fine enough to order control and fighting: a month at most ("in 2014 Russia seized
     * Crimea" and "Russia attacked in 2014" are both the whole year, and cannot contest each other).
     */
    private static boolean dated(Report r) {
        LocalDate[] iv = Compatibility.interval(r);
        return !iv[1].isAfter(iv[0].plusDays(CONTEST_WINDOW_DAYS + 1));
    }

    /** Control changes: two control claims contradict only when they are about the same day (give or take one). */
    private static boolean sameDay(Report a, Report b) {
        if (!dated(a) || !dated(b)) return false;
        LocalDate x = Compatibility.interval(a)[0], y = Compatibility.interval(b)[0];
        return Math.abs(x.toEpochDay() - y.toEpochDay()) <= 1;
    }

    /** Whether two assertions of one holder say opposite things about the same happening. */
    static boolean opposite(Assertion x, Assertion y) {
        if (x.kind() == Kind.CONTROL && y.kind() == Kind.CONTROL) {
            String cx = side(x), cy = side(y);
            if (cx != null && cy != null && !cx.equals(cy)) return x.polarity() == y.polarity();
            return (cx == null || cy == null || cx.equals(cy)) && x.polarity() != y.polarity();
        }
        if (occurs(x) != null && occurs(y) != null) return occurs(x) != occurs(y) && sameDeed(x, y);
        // blaming one side and later denying that another did it is no turn
        if (x.kind() == Kind.RESPONSIBILITY && y.kind() == Kind.RESPONSIBILITY && x.actor() != null && y.actor() != null
                && !actorSide(x).equals(actorSide(y)))
            return false;
        return x.kind() == y.kind() && x.polarity() != y.polarity();
    }

    /**
     * True when the assertion says its event happened, false when it denies it, null when it is not about that. A
     * DENIED assertion is a claim that its event did not happen, whatever the polarity it carries (the builder gives
     * it the denied event's negative polarity; reading that as "happened" made every denial agree with its event).
     */
    private static Boolean occurs(Assertion a) {
        return switch (a.kind()) {
            case OCCURRED -> a.polarity() == Polarity.POSITIVE;
            case DENIED -> false;
            default -> null;
        };
    }

    /**
     * Whether an assertion that something happened and a denial are about one deed: the same trigger lemma ("struck"
     * / "strike"), or the same way force was used (a drone strike denied, an air strike reported). Linking joins any
     * two events at one place and day; denying a retreat does not deny the shelling told beside it.
     */
    static boolean sameDeed(Assertion x, Assertion y) {
        if (x.trigger() != null && x.trigger().equalsIgnoreCase(y.trigger())) return true;
        return x.mode() != null && x.mode() == y.mode();
    }

    /** The blamed actor's side: its code's first three letters, else its lower-cased name. */
    private static String actorSide(Assertion a) {
        String s = side(a);
        return s != null ? s : a.actor().name().toLowerCase(Locale.ROOT).strip();
    }

    private static String side(Assertion a) {
        if (a.actor() == null || a.actor().code() == null || a.actor().code().length() < 3) return null;
        return a.actor().code().substring(0, 3);
    }

    /** Whether two figures can both be right, each widened by what its bound says. */
    static boolean agree(Quantity p, Quantity q) {
        double[] x = range(p), y = range(q);
        return x[0] <= y[1] && y[0] <= x[1];
    }

    private static double[] range(Quantity q) {
        double v = q.value();
        return switch (q.bound()) {
            case EXACT -> new double[]{v - Math.max(1, v * EXACT_TOLERANCE), v + Math.max(1, v * EXACT_TOLERANCE)};
            case ABOUT -> new double[]{v - Math.max(1, v * ABOUT_TOLERANCE), v + Math.max(1, v * ABOUT_TOLERANCE)};
            case AT_LEAST -> new double[]{v, Double.POSITIVE_INFINITY};
            case AT_MOST -> new double[]{0, v};
        };
    }

    private static String figure(Quantity q) {
        return switch (q.bound()) {
            case EXACT -> Long.toString(q.value());
            case ABOUT -> "about " + q.value();
            case AT_LEAST -> "at least " + q.value();
            case AT_MOST -> "up to " + q.value();
        };
    }

    private static String holder(Report r) {
        var h = r.assertion().holder();
        return h.name() != null && !h.name().isBlank() ? h.name() : h.code();
    }

    private static String placeName(Assertion a) {
        return a.place() == null ? "the place" : a.place().place().name();
    }

    /** "Russia controls Kursk Oblast", "Ukraine does not control Predtechyne", "fighting in X". */
    static String describe(Assertion a) {
        String who = a.actor() == null ? "someone" : a.actor().name();
        boolean pos = a.polarity() == Polarity.POSITIVE;
        String where = placeName(a);
        return switch (a.kind()) {
            case CONTROL -> who + (pos ? " controls " : " does not control ") + where;
            case FIGHTING -> (pos ? "there is fighting in " : "there is no fighting in ") + where;
            case PARTICIPATION -> who + (pos ? " takes part" : " does not take part") + (a.place() == null ? "" : " in " + where);
            case DEPLOYMENT -> who + (pos ? " is deployed" : " is not deployed") + (a.place() == null ? "" : " in " + where);
            case CASUALTIES -> (a.count() == null ? "there are casualties" : figure(a.count()) + " " + a.count().counted())
                    + (a.place() == null ? "" : " in " + where);
            case OCCURRED, DENIED -> (a.trigger() == null ? "it" : "the " + a.trigger()) + (a.place() == null ? "" : " in " + where)
                    + (occurs(a) ? " happened" : " did not happen");
            case RESPONSIBILITY -> who + (pos ? " is responsible" : " is not responsible") + (a.place() == null ? "" : " for what happened in " + where);
            default -> a.kind().name().toLowerCase(Locale.ROOT) + (pos ? "" : " (denied)");
        };
    }
}
