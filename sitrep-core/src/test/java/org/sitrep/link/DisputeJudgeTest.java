package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.link.LinkingScenarioTest.KHARKIV;
import static org.sitrep.link.LinkingScenarioTest.KURSK_OBLAST;
import static org.sitrep.link.LinkingScenarioTest.PREDTECHYNE;
import static org.sitrep.link.LinkingScenarioTest.RUS;
import static org.sitrep.link.LinkingScenarioTest.RUSGOV;
import static org.sitrep.link.LinkingScenarioTest.RUSMIL;
import static org.sitrep.link.LinkingScenarioTest.UKR;
import static org.sitrep.link.LinkingScenarioTest.UKRGOV;
import static org.sitrep.link.LinkingScenarioTest.UKRMIL;
import static org.sitrep.link.LinkingScenarioTest.count;
import static org.sitrep.link.LinkingScenarioTest.report;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Assertion;
import org.sitrep.model.Modality;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Place;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.Span;

/**
 * The rules that keep disputes to real disagreements between named sources, one per test, on hand-built reports:
 * a contested place has a named controller below country level and the fighting lies within a month; only voiced
 * reports contest or deny; counts are disputed for places only; a reversal is one voiced holder's.
 */
class DisputeJudgeTest {
    static final Place UKRAINE = new Place(690791, "Ukraine", FeatureKind.COUNTRY, "UA", "", "", 49.0, 32.0, 4);
    static final ActorRef UN = ActorRef.named("IGOUNO", "United Nations", null);
    /** An outlet's own narration: no code, named by no characters of the text. */
    static final ActorRef DAILY = ActorRef.named(null, "Riverside Daily", null);
    /** A source the text names ("residents said") without an actor code. */
    static final ActorRef RESIDENTS = ActorRef.named(null, "residents", new Span(40, 49));

    private final DisputeJudge judge = new DisputeJudge();

    private static Report control(String article, String day, ActorRef holder, boolean narration, ActorRef controller, Place place) {
        return report(article, article, day, "", holder, narration, Kind.CONTROL, Polarity.POSITIVE, controller, place, day, null);
    }

    private static Report fighting(String article, String day, ActorRef holder, boolean narration, Place place) {
        return report(article, article, day, "", holder, narration, Kind.FIGHTING, Polarity.POSITIVE, null, place, day, null);
    }

    @Test
    void fightingReportedByTheOtherSideContestsANamedControllersPlace() {
        Dispute d = judge.judge("h", control("a", "2025-04-26", RUSMIL, false, RUS, KURSK_OBLAST),
                fighting("b", "2025-04-27", UKRMIL, false, KURSK_OBLAST));
        assertThat(d).isNotNull();
        assertThat(d.kind()).isEqualTo(Dispute.Kind.CONTESTED_CONTROL);
    }

    @Test
    void controlWithoutANamedControllerOrByABodyIsNotContested() {
        Report fight = fighting("b", "2025-04-27", UKRMIL, false, KURSK_OBLAST);
        assertThat(judge.judge("h", control("a", "2025-04-26", RUSMIL, false, null, KURSK_OBLAST), fight)).isNull();
        assertThat(judge.judge("h", control("a", "2025-04-26", RUSMIL, false, ActorRef.named(null, "they", null),
                KURSK_OBLAST), fight)).isNull();
        assertThat(judge.judge("h", control("a", "2025-04-26", RUSMIL, false, UN, KURSK_OBLAST), fight)).isNull();
    }

    @Test
    void aCountryIsNoContestedPlace() {
        assertThat(judge.judge("h", control("a", "2025-04-26", RUSMIL, false, RUS, UKRAINE),
                fighting("b", "2025-04-27", UKRMIL, false, UKRAINE))).isNull();
    }

    @Test
    void fightingMoreThanAMonthAfterTheControlDateContestsNothing() {
        Report claim = control("a", "2025-04-26", RUSMIL, false, RUS, KURSK_OBLAST);
        assertThat(judge.judge("h", claim, fighting("b", "2025-05-20", UKRMIL, false, KURSK_OBLAST))).isNotNull();
        assertThat(judge.judge("h", claim, fighting("b", "2025-05-27", UKRMIL, false, KURSK_OBLAST))).isNull();
    }

    @Test
    void aReportersOwnNarrationContestsNothing() {
        Report claim = control("a", "2025-04-26", RUSMIL, false, RUS, KURSK_OBLAST);
        assertThat(judge.judge("h", claim, fighting("b", "2025-04-27", DAILY, true, KURSK_OBLAST))).isNull();
        // a source the text names does contest, with or without a code
        assertThat(judge.judge("h", claim, fighting("b", "2025-04-27", RESIDENTS, false, KURSK_OBLAST))).isNotNull();
        // a narrated capture can be contested by a voiced report
        assertThat(judge.judge("h", control("a", "2025-04-26", DAILY, true, RUS, KURSK_OBLAST),
                fighting("b", "2025-04-27", UKRMIL, false, KURSK_OBLAST))).isNotNull();
    }

    @Test
    void aStateOutletsNarrationSpeaksForItsGovernment() {
        Report claim = control("a", "2026-03-10", UKRMIL, false, UKR, PREDTECHYNE);
        Report tass = report("b", "b", "2026-03-11", "tass", ActorRef.named(null, "TASS", null), true, Kind.FIGHTING,
                Polarity.POSITIVE, null, PREDTECHYNE, "2026-03-11", null);
        assertThat(judge.judge("h", claim, tass)).isNotNull();
        Report daily = report("b", "b", "2026-03-11", "riverside", DAILY, true, Kind.FIGHTING, Polarity.POSITIVE, null,
                PREDTECHYNE, "2026-03-11", null);
        assertThat(judge.judge("h", claim, daily)).isNull();
    }

    @Test
    void aDenialMustBeVoiced() {
        Report asserted = report("a", "a", "2024-11-06", "", UKRMIL, false, Kind.PARTICIPATION, Polarity.POSITIVE,
                RUSMIL, null, null, null);
        Report narrated = report("b", "b", "2024-11-07", "", DAILY, true, Kind.PARTICIPATION, Polarity.NEGATIVE,
                RUSMIL, null, null, null);
        Report voiced = report("c", "c", "2024-11-07", "", RUSGOV, false, Kind.PARTICIPATION, Polarity.NEGATIVE,
                RUSMIL, null, null, null);
        assertThat(judge.judge("h", asserted, narrated)).isNull();
        assertThat(judge.judge("h", asserted, voiced)).extracting(Dispute::kind).isEqualTo(Dispute.Kind.PARTICIPATION_DENIED);
    }

    @Test
    void figuresAreDisputedForPlacesNotWholeCountries() {
        Report x = report("a", "a", "2026-03-10", "", RUSMIL, false, Kind.CASUALTIES, Polarity.POSITIVE, null,
                PREDTECHYNE, "2026-03-09", count(30, Bound.EXACT, "killed"));
        Report y = report("b", "b", "2026-03-10", "", UKRMIL, false, Kind.CASUALTIES, Polarity.POSITIVE, null,
                PREDTECHYNE, "2026-03-09", count(4, Bound.EXACT, "killed"));
        assertThat(judge.judge("h", x, y)).extracting(Dispute::kind).isEqualTo(Dispute.Kind.DISPUTED_COUNT);
        Report xc = report("a", "a", "2026-03-10", "", RUSMIL, false, Kind.CASUALTIES, Polarity.POSITIVE, null,
                UKRAINE, "2026-03-09", count(30, Bound.EXACT, "killed"));
        Report yc = report("b", "b", "2026-03-10", "", UKRMIL, false, Kind.CASUALTIES, Polarity.POSITIVE, null,
                UKRAINE, "2026-03-09", count(4, Bound.EXACT, "killed"));
        assertThat(judge.judge("h", xc, yc)).isNull();
    }

    @Test
    void aReversalIsOneVoicedHoldersOwn() {
        Report held = report("a", "a", "2026-03-10", "", UKRMIL, false, Kind.CONTROL, Polarity.POSITIVE, UKR,
                PREDTECHYNE, "2026-03-10", null);
        Report left = report("b", "b", "2026-03-13", "", UKRMIL, false, Kind.CONTROL, Polarity.NEGATIVE, UKR,
                PREDTECHYNE, "2026-03-12", null);
        assertThat(judge.judge("h", held, left)).extracting(Dispute::kind).isEqualTo(Dispute.Kind.REVERSAL);
        // one outlet's narration saying one thing and then the other is no holder changing its position
        Report heldNarrated = report("a", "a", "2026-03-10", "riverside", DAILY, true, Kind.CONTROL, Polarity.POSITIVE,
                UKR, PREDTECHYNE, "2026-03-10", null);
        Report leftNarrated = report("b", "b", "2026-03-13", "riverside", DAILY, true, Kind.CONTROL, Polarity.NEGATIVE,
                UKR, PREDTECHYNE, "2026-03-12", null);
        assertThat(heldNarrated.holderKey()).isEqualTo(leftNarrated.holderKey());
        assertThat(judge.judge("h", heldNarrated, leftNarrated)).isNull();
    }

    @Test
    void narrationIsHeldByItsOutletOrItsCopyGroupNotByOneSharedUnknown() {
        ActorRef unnamed = ActorRef.named(null, "(the article)", null);
        Report one = report("a", "a", "2026-03-10", "", unnamed, true, Kind.FIGHTING, Polarity.POSITIVE, null,
                PREDTECHYNE, "2026-03-10", null);
        Report other = report("b", "b", "2026-03-10", "", unnamed, true, Kind.FIGHTING, Polarity.POSITIVE, null,
                PREDTECHYNE, "2026-03-10", null);
        Report copy = report("c", "a", "2026-03-10", "", unnamed, true, Kind.FIGHTING, Polarity.POSITIVE, null,
                PREDTECHYNE, "2026-03-10", null);
        assertThat(one.holderKey()).isNotEqualTo(other.holderKey()).isEqualTo(copy.holderKey());
        Report sameOutlet = report("d", "d", "2026-03-10", "riverside", DAILY, true, Kind.FIGHTING, Polarity.POSITIVE,
                null, PREDTECHYNE, "2026-03-10", null);
        Report sameOutletAgain = report("e", "e", "2026-03-11", "riverside", DAILY, true, Kind.FIGHTING,
                Polarity.POSITIVE, null, PREDTECHYNE, "2026-03-11", null);
        assertThat(sameOutlet.holderKey()).isEqualTo(sameOutletAgain.holderKey()).isNotEqualTo(one.holderKey());
        // a named source keeps its own key
        Report residents = report("f", "f", "2026-03-10", "riverside", RESIDENTS, false, Kind.FIGHTING,
                Polarity.POSITIVE, null, PREDTECHYNE, "2026-03-10", null);
        assertThat(residents.holderKey()).isEqualTo("residents");
    }

    @Test
    void whatCouldHappenOrIsPlannedIsNotDisputed() {
        Report claim = control("a", "2025-04-26", RUSMIL, false, RUS, KURSK_OBLAST);
        Report fight = fighting("b", "2025-04-27", UKRMIL, false, KURSK_OBLAST);
        assertThat(judge.judge("h", claim, fight)).isNotNull();
        Assertion c = claim.assertion();
        Assertion could = new Assertion(c.span(), c.kind(), c.polarity(), Modality.HYPOTHETICAL, c.actor(), c.place(),
                c.placeName(), c.time(), c.count(), c.norm(), c.event(), c.claim(), c.holder(), c.evidence());
        Report hypothetical = new Report(claim.article(), claim.index(), claim.stated(), claim.outlet(), claim.copyOf(), could);
        assertThat(judge.judge("h", hypothetical, fight)).isNull();
    }

    /** The report with its time widened to the whole year of {@code year}. */
    private static Report inYear(Report r, int year) {
        Assertion a = r.assertion();
        java.time.LocalDate start = java.time.LocalDate.of(year, 1, 1);
        org.sitrep.model.TimeMention t = new org.sitrep.model.TimeMention(new Span(0, 4), new org.sitrep.model.TimeValue(
                Integer.toString(year), "DATE", org.sitrep.model.TimeValue.Granularity.YEAR, start, start.plusYears(1), null,
                null, org.sitrep.model.TimeValue.Anchoring.ABSOLUTE, null), a.evidence());
        Assertion y = new Assertion(a.span(), a.kind(), a.polarity(), a.modality(), a.actor(), a.place(), a.placeName(), t,
                a.count(), a.norm(), a.event(), a.claim(), a.holder(), a.evidence());
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), y);
    }

    @Test
    void aYearCannotOrderACaptureAndTheFighting() {
        // "in 2014 Russia seized Crimea" and "Russia attacked in 2014": both the whole year, no contest
        Report claim = inYear(control("a", "2022-02-09", RUSMIL, false, RUS, KURSK_OBLAST), 2014);
        Report fight = inYear(fighting("b", "2022-02-04", UKRMIL, false, KURSK_OBLAST), 2014);
        assertThat(judge.judge("h", claim, fight)).isNull();
        Report dayClaim = control("a", "2014-03-01", RUSMIL, false, RUS, KURSK_OBLAST);
        assertThat(judge.judge("h", dayClaim, fighting("b", "2014-03-05", UKRMIL, false, KURSK_OBLAST))).isNotNull();
        assertThat(judge.judge("h", dayClaim, fight)).isNull();
    }

    /** A report of a strike (trigger and mode set), as the events stage gives them. */
    private static Report deed(String article, String day, ActorRef holder, Kind kind, Polarity polarity, String trigger,
                               Assertion.Mode mode) {
        Report r = report(article, article, day, "", holder, false, kind, polarity, null, KHARKIV, day, null);
        Assertion a = r.assertion().withFacets(trigger, mode, null);
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), a);
    }

    @Test
    void aStrikeOneSideReportsAndTheOtherDeniesIsDisputed() {
        // "the regional governor said Russian drones struck a school in Kharkiv on Sunday" /
        // "Moscow's defence ministry denied striking Kharkiv on Sunday"
        Report told = deed("a", "2026-03-02", UKRGOV, Kind.OCCURRED, Polarity.POSITIVE, "strike", Assertion.Mode.AERIAL);
        Report denied = deed("b", "2026-03-02", RUSMIL, Kind.DENIED, Polarity.NEGATIVE, "strike", Assertion.Mode.AERIAL);
        Dispute d = judge.judge("h", told, denied);
        assertThat(d).isNotNull();
        assertThat(d.kind()).isEqualTo(Dispute.Kind.OCCURRED_DENIED);
        assertThat(d.reason()).contains("the strike in Kharkiv happened").contains("the strike in Kharkiv did not happen");
        // the same holder saying it and denying it later is a reversal, not a contest
        Report unsaid = deed("c", "2026-03-04", UKRGOV, Kind.DENIED, Polarity.NEGATIVE, "strike", Assertion.Mode.AERIAL);
        assertThat(judge.judge("h", told, unsaid)).extracting(Dispute::kind).isEqualTo(Dispute.Kind.REVERSAL);
    }

    @Test
    void aDenialOfAnotherDeedAtThePlaceIsNoDispute() {
        // "Ukraine said Russian artillery shelled Kharkiv" / "Russia denied that its troops retreated near Kharkiv"
        Report shelled = deed("a", "2026-03-02", UKRGOV, Kind.OCCURRED, Polarity.POSITIVE, "shell", Assertion.Mode.HEAVY_WEAPONS);
        Report retreat = deed("b", "2026-03-02", RUSMIL, Kind.DENIED, Polarity.NEGATIVE, "retreat", Assertion.Mode.GROUND);
        assertThat(judge.judge("h", shelled, retreat)).isNull();
        // one side's two sources do not dispute each other
        Report ownSide = deed("c", "2026-03-02", UKRMIL, Kind.DENIED, Polarity.NEGATIVE, "shell", Assertion.Mode.HEAVY_WEAPONS);
        assertThat(judge.judge("h", shelled, ownSide)).isNull();
    }

    static final ActorRef USAGOV = ActorRef.named("USAGOV", "White House", null);

    /** A statement that {@code planner} plans (or, negative, does not plan) an attack; a plan names no time of its own. */
    static Report plan(String article, String day, ActorRef holder, ActorRef planner, Place target, Polarity polarity) {
        Report r = report(article, article, day, "", holder, false, Kind.PLAN, polarity, planner, target, null, null);
        Assertion a = r.assertion();
        Assertion p = new Assertion(a.span(), Kind.PLAN, polarity, Modality.PLANNED, planner, a.place(), a.placeName(),
                null, null, null, -1, a.claim(), holder, a.evidence(), "attack", null, null);
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), p);
    }

    @Test
    void aPlanOneSideAccusesAnotherOfAndItsDenialWithinTwoWeeksAreADispute() {
        Report accused = plan("a", "2025-03-01", USAGOV, RUS, KHARKIV, Polarity.POSITIVE);
        Dispute d = judge.judge("h", accused, plan("b", "2025-03-10", RUSGOV, RUS, null, Polarity.NEGATIVE));
        assertThat(d).isNotNull();
        assertThat(d.kind()).isEqualTo(Dispute.Kind.PLAN_DENIED);
        assertThat(d.reason()).isEqualTo("White House says Russia plans to attack Kharkiv (2025-03-01); Kremlin denies"
                + " planning to attack (2025-03-10).");
        // a month later the denial answers some other warning
        assertThat(judge.judge("h", accused, plan("b", "2025-04-01", RUSGOV, RUS, null, Polarity.NEGATIVE))).isNull();
        // two statements of one side, or two that agree, are no dispute
        assertThat(judge.judge("h", accused, plan("b", "2025-03-02", RUSGOV, RUS, null, Polarity.POSITIVE))).isNull();
        assertThat(judge.judge("h", plan("c", "2025-03-01", RUSMIL, RUS, null, Polarity.POSITIVE),
                plan("b", "2025-03-02", RUSGOV, RUS, null, Polarity.NEGATIVE))).isNull();
    }

    @Test
    void aSideThatDeniesAPlanAndLaterAnnouncesItIsNoReversal() {
        assertThat(judge.judge("h", plan("a", "2025-03-01", RUSGOV, RUS, null, Polarity.NEGATIVE),
                plan("b", "2025-03-05", RUSGOV, RUS, KHARKIV, Polarity.POSITIVE))).isNull();
    }
}
