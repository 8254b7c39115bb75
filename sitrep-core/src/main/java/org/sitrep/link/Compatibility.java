package org.sitrep.link;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.DateBasis;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;

/**
 * When two reports can be about the same happening: compatible kinds, the same mode of force (a drone strike is not
 * an assault), the same place or one place just inside the other (a village in its raion; a region only for a claim
 * of control over the whole region), overlapping times of like granularity (a year is not a day), and for
 * actor-centred kinds the same actor side. Narrow on purpose: happenings are connected components, so one loose
 * link (every report in an oblast "inside" the oblast) chains unrelated reports into one happening.
 */
public final class Compatibility {
    /** Days a report without its own time is taken to cover before its statement day. */
    static final int UNDATED_DAYS_BEFORE = 2;
    /** Days either side of its statement day an undated control claim is taken to hold ("X is under our control"). */
    static final int UNDATED_CONTROL_DAYS = 3;
    /** Times longer than this (a year, "since 2014") are too vague to link ({@link #vague}). */
    static final int FINE_DAYS = 31;

    private Compatibility() {}

    /** The family a kind links within: CONTROL and FIGHTING about a place are one contest. */
    public static String family(Kind k) {
        return switch (k) {
            case CONTROL, FIGHTING -> "CONTEST";
            case OCCURRED, DENIED -> "EVENT";
            default -> k.name();
        };
    }

    /** Whether two reports can be about one happening. */
    public static boolean compatible(Report a, Report b) {
        return blocker(a, b) == null;
    }

    /**
     * The first rule that keeps two reports apart ("family", "vague", "background", "kinds", "bucket", "no-place", "act",
     * "place", "mode", "deed", "side", "counted", "time"), or null when they can be about one happening. For diagnosis:
     * which rule blocks what, counted over a ledger.
     */
    public static String blocker(Report a, Report b) {
        Assertion x = a.assertion(), y = b.assertion();
        if (!family(x.kind()).equals(family(y.kind()))) return "family";
        // a year-old landmark told again ("Russia's annexation of Crimea in 2014") links only with the same landmark
        boolean lx = landmark(a), ly = landmark(b);
        if (lx != ly) return "granularity";
        if (lx && (x.kind() != y.kind() || x.polarity() != y.polarity() || otherSides(x, y))) return "landmark";
        if (!lx && (vague(a) || vague(b))) return "vague";
        if (background(a) || background(b)) return "background";
        boolean coded = coded(x) && coded(y);
        // a control claim is contested by fighting that the other side reports; an outlet's "occupied Crimea" and
        // its "offensive against Crimea" are no one happening
        if (x.kind() != y.kind() && !coded) return "kinds";
        // one bucket (country, else actor side) or a place of unknown country: the ledger finds a report's neighbours
        // by bucket, so a compatible pair across buckets linked or not depending on what else arrived with it
        String wx = HappeningIndex.where(a), wy = HappeningIndex.where(b);
        if (!wx.equals(wy) && !wx.equals(HappeningIndex.ANY_COUNTRY) && !wy.equals(HappeningIndex.ANY_COUNTRY))
            return "bucket";
        Place p = place(x), q = place(y);
        if (x.kind() == Kind.PLAN) return plans(a, b);
        boolean placeCentred = switch (x.kind()) {
            case CONTROL, FIGHTING, CASUALTIES, OCCURRED, DENIED, RESPONSIBILITY -> true;
            default -> false;
        };
        if (placeCentred && (p == null || q == null)) return "no-place";
        if (p != null && q != null && !nearEnough(x, y) && !nearEnough(y, x)) return "place";
        if (x.mode() != null && y.mode() != null && x.mode() != y.mode()) return "mode";
        // what happened at one place and day is one happening only when both tell one deed: "Moscow says it is
        // withdrawing troops" and "direct participation in the war ... Moscow" share a town and week, not a deed
        if (family(x.kind()).equals("EVENT") && !oneDeed(x, y)) return "deed";
        // an accused act known only by its target ("striking the hospital"): one attacker side and one act
        if (x.kind() == Kind.RESPONSIBILITY && (p != null && NamedPlaces.namedOnly(p) || q != null && NamedPlaces.namedOnly(q))
                && (x.mode() != null || y.mode() != null) && (!sameSide(x, y) || !sameAct(x, y)))
            return "act";
        switch (x.kind()) {
            case PARTICIPATION, DEPLOYMENT, VIOLATION -> {
                if (!sameSide(x, y)) return "side";
            }
            case CASUALTIES -> {
                if (x.count() != null && y.count() != null && !x.count().counted().equals(y.count().counted())) return "counted";
            }
            default -> { }
        }
        // lasting states link across months only between named parties' claims; other reports of coded holders
        // within a day; the rest must share a day
        int slack = voiced(x) && voiced(y) ? slack(x.kind()) : coded ? Math.min(slack(x.kind()), SHORT_SLACK) : 0;
        // with no place, two statements that a side takes part or is deployed, months apart, may be any two phases of
        // a war ("Russia has added troops" in February, "our troops within our own territory" in January); only a
        // denial set against an assertion is matched across months: the denial, the acknowledgment
        if (p == null && q == null && (x.kind() == Kind.PARTICIPATION || x.kind() == Kind.DEPLOYMENT)
                && x.polarity() == y.polarity())
            slack = Math.min(slack, SHORT_SLACK);
        return overlaps(a, b, slack) ? null : "time";
    }

    /**
     * Days either side within which two statements about one plan link, and an accusation and its denial answer each
     * other (DisputeJudge): accusations and denials follow for weeks.
     */
    static final int PLAN_SLACK = 14;

    /**
     * Two statements about one planned attack: one planner side (the bucket), and where both name a target, targets
     * in one country ("plans to attack Kyiv", "plans to invade Ukraine"); stated within {@link #PLAN_SLACK} days.
     */
    private static String plans(Report a, Report b) {
        Place p = place(a.assertion()), q = place(b.assertion());
        if (p != null && q != null && !p.country().equals(q.country())) return "place";
        if (!sameSide(a.assertion(), b.assertion())) return "side";
        return overlaps(a, b, PLAN_SLACK) ? null : "time";
    }

    /**
     * Whether two accused acts can be one: the same act word ("shelled" / "shelling"), the same use of force (a
     * missile strike, an air attack), or one of them a bare "attack", which names any.
     */
    static boolean sameAct(Assertion x, Assertion y) {
        if (DisputeJudge.sameDeed(x, y)) return true;
        return "attack".equalsIgnoreCase(x.trigger()) && y.mode() != null || "attack".equalsIgnoreCase(y.trigger()) && x.mode() != null;
    }

    /**
     * Whether two reports of something that happened can tell one deed ({@link #sameAct}: one act word, one use of
     * force, or a bare "attack"); a report without its act word (older ledgers) is not held apart.
     */
    static boolean oneDeed(Assertion x, Assertion y) {
        return x.trigger() == null || y.trigger() == null || sameAct(x, y);
    }

    /** Days either side within which reports of coded holders that are not both claims link. */
    static final int SHORT_SLACK = 1;

    /** Whether a coded party stands behind a report: a claim's coded source, or an outlet that speaks for a state. */
    private static boolean coded(Assertion a) {
        return a.holder().code() != null && !a.holder().code().isBlank();
    }

    /** Control triggers that name a lasting state, not a change of hands: "occupied Crimea", "the annexation". */
    static final Set<String> STATE_TRIGGERS = Set.of("occupy", "occupation", "occupied", "annex", "annexation",
            "annexed", "hold", "held", "control", "controlled", "rule", "administer");

    /**
     * Whether a report is a mention in passing that no other source can be matched with: something not stated as
     * fact (planned, hypothetical, demanded), or, unless a coded party states it, a report the text dates only by its
     * publication day that is a lasting state of control ("Russian-occupied Crimea"), is about a whole region, or
     * (participation, deployment) names no place. On real news these are background ("the recapture of Kherson",
     * "Ukrainians have fought for so long") and chained unrelated articles of the same week into one happening.
     */
    static boolean background(Report r) {
        Assertion a = r.assertion();
        // a plan is news only when a named party states or denies it ("the US says", "Moscow denies"), and not when
        // it is told years later ("after repeatedly denying plans to invade in 2022")
        if (a.kind() == Kind.PLAN) return !coded(a) || earlierYear(r);
        if (a.modality() != Modality.ACTUAL) return true;
        Place p = place(a);
        boolean region = p != null && (NamedPlaces.namedOnly(p) || p.featureKind() != FeatureKind.POPULATED_PLACE
                && p.featureKind() != FeatureKind.ADMIN2);
        boolean state = a.kind() == Kind.CONTROL && a.trigger() != null
                && STATE_TRIGGERS.contains(a.trigger().toLowerCase(Locale.ROOT));
        // whoever says it, "the occupation of Crimea" is no news of the day it is said (a claim's time is often its
        // statement day); "the annexation of Crimea in March 2014" is dated before it
        boolean past = ownTime(a) && !interval(r)[1].isAfter(r.stated());
        if (state && region && !past) return true;
        if (ownTime(a) || coded(a)) return false;
        // "a failed attempt in 1944 to liberate the city": a sentence naming an earlier year is about the past, though
        // its event did not take the year and so carries the publication day
        if (earlierYear(r)) return true;
        if (state) return true;
        if (a.kind() == Kind.PARTICIPATION || a.kind() == Kind.DEPLOYMENT) return p == null;
        return region;
    }

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|20\\d\\d)(?![\\d.,]\\d)");

    /** Whether the report's sentence names a year before the one it was stated in. */
    static boolean earlierYear(Report r) {
        Matcher m = YEAR.matcher(r.quote());
        while (m.find()) if (Integer.parseInt(m.group(1)) < r.stated().getYear()) return true;
        return false;
    }

    /** Whether the text dates what a report is about (a date or a discourse anchor), not only its statement. */
    private static boolean ownTime(Assertion a) {
        return a.time() != null && a.dateBasis() != null && a.dateBasis() != DateBasis.PUBLICATION;
    }

    /**
     * Whether a report says too little to be matched with any other: an event, fight or control of a whole
     * country ("Russia's invasion of Ukraine", "fighting in Ukraine"), or a time longer than {@link #FINE_DAYS}
     * ("in 2014", "since 2022"). On real news these are background mentions, and any two of them in one country or
     * year chained unrelated sentences into one happening; each stays a happening of its own.
     */
    static boolean vague(Report r) {
        Assertion a = r.assertion();
        Place p = place(a);
        if (p != null && p.featureKind() == FeatureKind.COUNTRY && switch (a.kind()) {
            case CONTROL, FIGHTING, CASUALTIES, OCCURRED, DENIED, RESPONSIBILITY -> true;
            default -> false;
        }) return true;
        LocalDate[] iv = interval(r);
        return iv[1].toEpochDay() - iv[0].toEpochDay() > FINE_DAYS;
    }

    /** Longest own time of a {@link #landmark}: a calendar year (a leap year's 366 days). */
    static final int LANDMARK_DAYS = 366;

    /**
     * Whether a report tells again a past happening that the text names by its year or season, not its day ("Russia
     * annexed Crimea in 2014", "since the annexation of Crimea in 2014", said years later): the text dates it to more
     * than a month and at most a year, ending before the year it is said in, at a place below a country, stated as
     * fact. Too coarse for news of the day ({@link #vague}), but two such reports of one kind, place, year and side
     * are one landmark told by two sources; on real news they were two dozen singletons of one annexation.
     */
    static boolean landmark(Report r) {
        Assertion a = r.assertion();
        if (!ownTime(a) || a.modality() != Modality.ACTUAL) return false;
        Place p = place(a);
        if (p == null || p.featureKind() == FeatureKind.COUNTRY) return false;
        LocalDate[] iv = interval(r);
        long days = iv[1].toEpochDay() - iv[0].toEpochDay();
        return days > FINE_DAYS && days <= LANDMARK_DAYS && !iv[1].isAfter(LocalDate.of(r.stated().getYear(), 1, 1));
    }

    /** Whether both reports name their actor and the actors are of different sides (RUS and UKR). */
    private static boolean otherSides(Assertion x, Assertion y) {
        if (x.actor() == null || y.actor() == null) return false;
        return !sameSide(x, y);
    }

    /**
     * Whether a named party stands behind the report: a claim whose holder has an actor code. Only such statements
     * of a lasting state link across months (the Kremlin's denial in November, its acknowledgment in April); a
     * reporter's narration ("Ukraine is fighting for its survival") links only to reports of the same days.
     */
    private static boolean voiced(Assertion a) {
        return a.claim() != null && a.holder().code() != null && !a.holder().code().isBlank();
    }

    /**
     * Whether {@code inner}'s place is {@code outer}'s or lies just inside it: a place in its district; a place in
     * a region only when {@code outer} claims control of the whole region (fighting inside contests it); never a
     * place merely inside the same country.
     */
    private static boolean nearEnough(Assertion inner, Assertion outer) {
        Place p = place(inner), q = place(outer);
        if (!within(p, q)) return false;
        if (same(p, q) || NamedPlaces.namedOnly(q)) return true; // a named-only outer is a town of the same name
        return switch (q.featureKind()) {
            case COUNTRY -> p.featureKind() == FeatureKind.COUNTRY;
            case ADMIN1 -> p.featureKind() == FeatureKind.ADMIN1 || outer.kind() == Kind.CONTROL;
            case ADMIN2, POPULATED_PLACE -> true;
        };
    }

    /**
     * Days two reports of a kind may lie apart and still link: control and participation are states that last, so
     * they link across a week or a season; events must overlap (give or take a day). Equal within a family.
     */
    static int slack(Kind k) {
        return switch (k) {
            case CONTROL, FIGHTING -> 7;
            case RESPONSIBILITY -> 3; // blame is stated in the days after the event it is about
            case PARTICIPATION, DEPLOYMENT -> 183;
            case PLAN -> PLAN_SLACK;
            default -> 1;
        };
    }

    static Place place(Assertion a) {
        return a.place() == null ? null : a.place().place();
    }

    /** Whether {@code inner} lies within {@code outer} (or is the same place). */
    public static boolean within(Place inner, Place outer) {
        if (NamedPlaces.namedOnly(outer) || NamedPlaces.namedOnly(inner) && NamedPlaces.namedOnly(outer))
            return inner.featureKind() == FeatureKind.POPULATED_PLACE && NamedPlaces.sameName(inner, outer);
        if (NamedPlaces.namedOnly(inner) && inner.country().isEmpty())
            return outer.featureKind() == FeatureKind.POPULATED_PLACE && NamedPlaces.sameName(inner, outer);
        if (!inner.country().equals(outer.country())) return false;
        if (NamedPlaces.namedOnly(inner) && outer.featureKind() == FeatureKind.POPULATED_PLACE)
            return NamedPlaces.sameName(inner, outer);
        if (same(inner, outer)) return true;
        return switch (outer.featureKind()) {
            case COUNTRY -> true;
            case ADMIN1 -> inner.featureKind() != FeatureKind.COUNTRY && !inner.admin1().isEmpty()
                    && inner.admin1().equals(nameAt(outer, FeatureKind.ADMIN1));
            case ADMIN2 -> (inner.featureKind() == FeatureKind.POPULATED_PLACE || inner.featureKind() == FeatureKind.ADMIN2)
                    && !inner.admin2().isEmpty() && inner.admin2().equals(nameAt(outer, FeatureKind.ADMIN2))
                    && inner.admin1().equals(outer.admin1());
            case POPULATED_PLACE -> false;
        };
    }

    static boolean same(Place a, Place b) {
        if (a.geonameId() > 0 && a.geonameId() == b.geonameId()) return true;
        return a.featureKind() == b.featureKind() && a.name().equals(b.name()) && a.admin1().equals(b.admin1());
    }

    /** A region's own name as its members carry it (their admin1/admin2 field), which may be its admin field. */
    private static String nameAt(Place region, FeatureKind level) {
        String own = level == FeatureKind.ADMIN1 ? region.admin1() : region.admin2();
        return own.isEmpty() ? region.name() : own;
    }

    private static boolean sameSide(Assertion x, Assertion y) {
        if (x.actor() == null || y.actor() == null) return x.actor() == y.actor();
        String a = x.actor().code(), b = y.actor().code();
        if (a == null || b == null) return x.actor().name().equalsIgnoreCase(y.actor().name());
        return a.substring(0, Math.min(3, a.length())).equals(b.substring(0, Math.min(3, b.length())));
    }

    /** The days [start, end) a report is about, as linking compares them (see {@link #compatible}). */
    public static LocalDate[] days(Report r) {
        return interval(r);
    }

    /**
     * The day interval a report is about: its time's interval when the text states it; when the time is only the
     * publication day (or there is none), the days just before it was stated, and for a control claim the days
     * around it when a coded party claims it (a state reported as of the day it is published held a little before
     * and after).
     */
    static LocalDate[] interval(Report r) {
        Assertion a = r.assertion();
        var t = a.time();
        boolean published = t == null || a.dateBasis() == DateBasis.PUBLICATION;
        if (!published && t.value().isInterval()) return new LocalDate[]{t.value().start(), t.value().end()};
        if (published && a.kind() == Kind.CONTROL && a.dateBasis() != null && coded(a))
            return new LocalDate[]{r.stated().minusDays(UNDATED_CONTROL_DAYS), r.stated().plusDays(UNDATED_CONTROL_DAYS + 1)};
        return new LocalDate[]{r.stated().minusDays(UNDATED_DAYS_BEFORE), r.stated().plusDays(1)};
    }

    private static boolean overlaps(Report a, Report b, int slackDays) {
        LocalDate[] x = interval(a), y = interval(b);
        return x[0].isBefore(y[1].plusDays(slackDays)) && y[0].isBefore(x[1].plusDays(slackDays));
    }
}
