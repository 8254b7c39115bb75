package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Assertion.Mode;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

class CompatibilityTest {
    private static final Place DONETSK_OBLAST = new Place(5, "Donetsk", FeatureKind.ADMIN1, "UA", "Donetsk", "", 48.0, 37.8, 3);
    private static final Place UKRAINE = new Place(6, "Ukraine", FeatureKind.COUNTRY, "UA", "", "", 49.0, 32.0, 4);
    private static int n;

    private static Report report(String stated, Kind kind, Place place, Mode mode, TimeValue time, DateBasis basis) {
        return report(stated, kind, place, mode, time, basis, null);
    }

    private static Report report(String stated, Kind kind, Place place, Mode mode, TimeValue time, DateBasis basis, String claim) {
        ArticleId id = new ArticleId(String.format("%016x", ++n));
        Evidence ev = new Evidence(id, new Span(0, 5), "test", "1", 1.0);
        Assertion a = new Assertion(new Span(0, 5), kind, Polarity.POSITIVE, null, place == null ? null : new PlaceMention(new Span(0, 5), place, ev),
                null, time == null ? null : new TimeMention(new Span(0, 5), time, ev), null, null, -1, claim,
                ActorRef.named("UKRMIL", "Ukraine (military)", null), ev).withFacets("x", mode, basis);
        return new Report(id, 0, LocalDate.parse(stated), "", null, a);
    }

    private static TimeValue day(String d) {
        LocalDate x = LocalDate.parse(d);
        return new TimeValue(d, "DATE", TimeValue.Granularity.DAY, x, x.plusDays(1), null, null, TimeValue.Anchoring.ABSOLUTE, null);
    }

    @Test
    void aDroneStrikeAndAShellingAreNotOneHappeningThoughTheyShareTownAndDay() {
        Report drone = report("2026-03-10", Kind.CASUALTIES, LinkingScenarioTest.KHARKIV, Mode.AERIAL, day("2026-03-10"), DateBasis.EXPLICIT);
        Report shelling = report("2026-03-10", Kind.CASUALTIES, LinkingScenarioTest.KHARKIV, Mode.HEAVY_WEAPONS, day("2026-03-10"), DateBasis.EXPLICIT);
        Report unknown = report("2026-03-10", Kind.CASUALTIES, LinkingScenarioTest.KHARKIV, null, day("2026-03-10"), DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(drone, shelling)).isFalse();
        assertThat(Compatibility.compatible(drone, unknown)).isTrue();
    }

    /** A report that something happened (OCCURRED), told by a coded source, with its act word and use of force. */
    private static Report deed(String trigger, Mode mode) {
        Report r = report("2026-03-10", Kind.OCCURRED, LinkingScenarioTest.KHARKIV, null, day("2026-03-10"),
                DateBasis.EXPLICIT, "cue:0-4");
        return new Report(r.article(), 0, r.stated(), "", null, r.assertion().withFacets(trigger, mode, DateBasis.EXPLICIT));
    }

    @Test
    void twoReportsOfWhatHappenedAtOneTownAndDayAreOneHappeningOnlyWhenTheyTellOneDeed() {
        // a withdrawal announced and a participation in the war, placed in one town on one day: two deeds
        assertThat(Compatibility.blocker(deed("withdraw", Mode.GROUND), deed("participation", null))).isEqualTo("deed");
        assertThat(Compatibility.blocker(deed("withdraw", null), deed("sanction", null))).isEqualTo("deed");
        // one act word, one use of force, or a bare "attack" beside a strike: one deed
        assertThat(Compatibility.blocker(deed("strike", Mode.AERIAL), deed("strike", null))).isNull();
        assertThat(Compatibility.blocker(deed("strike", Mode.AERIAL), deed("bomb", Mode.AERIAL))).isNull();
        assertThat(Compatibility.blocker(deed("strike", Mode.AERIAL), deed("attack", null))).isNull();
        // a report without its act word (an older ledger) is not held apart for it
        assertThat(Compatibility.blocker(deed(null, null), deed("withdraw", null))).isNull();
    }

    @Test
    void twoVillagesOfOneOblastDoNotChainThroughReportsAboutTheOblast() {
        Report village = report("2026-03-10", Kind.FIGHTING, LinkingScenarioTest.PREDTECHYNE, Mode.GROUND, day("2026-03-10"), DateBasis.EXPLICIT);
        Report oblastFighting = report("2026-03-10", Kind.FIGHTING, DONETSK_OBLAST, Mode.GROUND, day("2026-03-10"), DateBasis.EXPLICIT);
        Report oblastControl = report("2026-03-10", Kind.CONTROL, DONETSK_OBLAST, Mode.GROUND, day("2026-03-10"), DateBasis.EXPLICIT);
        Report country = report("2026-03-10", Kind.FIGHTING, UKRAINE, Mode.GROUND, day("2026-03-10"), DateBasis.EXPLICIT);
        Report sameTown = report("2026-03-11", Kind.FIGHTING, LinkingScenarioTest.PREDTECHYNE, Mode.GROUND, day("2026-03-11"), DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(village, oblastFighting)).isFalse();
        assertThat(Compatibility.compatible(oblastFighting, village)).isFalse();
        assertThat(Compatibility.compatible(village, country)).isFalse();
        // a claim to hold the whole oblast is contested by fighting in one of its villages
        assertThat(Compatibility.compatible(village, oblastControl)).isTrue();
        assertThat(Compatibility.compatible(oblastControl, village)).isTrue();
        assertThat(Compatibility.compatible(village, sameTown)).isTrue();
    }

    @Test
    void reportsOfTwoBucketsNeverLinkSoArrivalOrderCannotMatter() {
        Report inKharkiv = report("2026-03-10", Kind.DEPLOYMENT, LinkingScenarioTest.KHARKIV, null, null, DateBasis.PUBLICATION);
        Report nowhere = report("2026-03-10", Kind.DEPLOYMENT, null, null, null, DateBasis.PUBLICATION);
        assertThat(HappeningIndex.where(inKharkiv)).isEqualTo("UA");
        assertThat(HappeningIndex.where(nowhere)).isEmpty(); // no place, no actor side
        assertThat(Compatibility.compatible(inKharkiv, nowhere)).isFalse();
        assertThat(Compatibility.compatible(nowhere, inKharkiv)).isFalse();
        Report alsoNowhere = report("2026-03-11", Kind.DEPLOYMENT, null, null, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(nowhere, alsoNowhere)).isTrue();
    }

    @Test
    void aYearLongTimeIsNotComparedWithADay() {
        TimeValue year = new TimeValue("2014", "DATE", TimeValue.Granularity.YEAR, LocalDate.of(2014, 1, 1),
                LocalDate.of(2015, 1, 1), null, null, TimeValue.Anchoring.ABSOLUTE, null);
        Report occupied = report("2022-02-01", Kind.CONTROL, LinkingScenarioTest.KHARKIV, Mode.GROUND, year, DateBasis.EXPLICIT);
        Report fighting = report("2014-05-02", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, Mode.GROUND, day("2014-05-02"), DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(occupied, fighting)).isFalse();
    }

    @Test
    void backgroundAndCountryWideReportsLinkWithNothing() {
        TimeValue year = new TimeValue("2014", "DATE", TimeValue.Granularity.YEAR, LocalDate.of(2014, 1, 1),
                LocalDate.of(2015, 1, 1), null, null, TimeValue.Anchoring.ABSOLUTE, null);
        Report annexed = report("2022-02-01", Kind.CONTROL, DONETSK_OBLAST, null, year, DateBasis.EXPLICIT);
        Report annexedToo = report("2022-02-03", Kind.CONTROL, DONETSK_OBLAST, null, year, DateBasis.EXPLICIT);
        // link 23: a past year told again is one landmark (aPastHappeningNamedByItsYear…); told the same year, vague
        assertThat(Compatibility.compatible(annexed, annexedToo)).isTrue();
        Report annexedThatYear = report("2014-12-01", Kind.CONTROL, DONETSK_OBLAST, null, year, DateBasis.EXPLICIT);
        Report annexedThatYearToo = report("2014-12-03", Kind.CONTROL, DONETSK_OBLAST, null, year, DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(annexedThatYear, annexedThatYearToo)).isFalse();
        Report invasion = report("2022-03-01", Kind.CONTROL, UKRAINE, null, null, DateBasis.PUBLICATION);
        Report invasionToo = report("2022-03-01", Kind.CONTROL, UKRAINE, null, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(invasion, invasionToo)).isFalse();
        // a deployment to a country is specific enough ("troops sent to Belarus")
        Report sent = report("2022-02-02", Kind.DEPLOYMENT, UKRAINE, null, null, DateBasis.PUBLICATION);
        Report sentToo = report("2022-02-03", Kind.DEPLOYMENT, UKRAINE, null, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(sent, sentToo)).isTrue();
    }

    @Test
    void onlyNamedPartiesLinkALastingStateAcrossMonths() {
        Report narrated = report("2024-11-05", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION);
        Report narratedLater = report("2025-02-05", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION);
        Report narratedNextDay = report("2024-11-06", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(narrated, narratedLater)).isFalse();
        assertThat(Compatibility.compatible(narrated, narratedNextDay)).isTrue();
        Report claimed = report("2024-11-05", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION, "cue:0-4");
        Report deniedLater = denial(report("2025-02-05", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION, "cue:0-4"));
        assertThat(Compatibility.compatible(claimed, deniedLater)).isTrue();
        assertThat(Compatibility.compatible(claimed, narratedLater)).isFalse();
    }

    @Test
    void placelessParticipationMonthsApartLinksOnlyADenialWithAnAssertion() {
        Report claimed = report("2024-11-05", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION, "cue:0-4");
        Report claimedLater = report("2025-02-05", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION, "cue:0-4");
        Report claimedNextDay = report("2024-11-06", Kind.PARTICIPATION, null, null, null, DateBasis.PUBLICATION, "cue:0-4");
        assertThat(Compatibility.compatible(claimed, claimedLater)).isFalse();
        assertThat(Compatibility.compatible(claimed, claimedNextDay)).isTrue();
        assertThat(Compatibility.compatible(denial(claimed), claimedLater)).isTrue();
        // deployments alike; with a place, states of one side link across months as before
        Report sent = report("2022-01-31", Kind.DEPLOYMENT, null, null, null, DateBasis.PUBLICATION, "cue:0-4");
        Report sentAgain = report("2022-02-17", Kind.DEPLOYMENT, null, null, null, DateBasis.PUBLICATION, "cue:0-4");
        assertThat(Compatibility.compatible(sent, sentAgain)).isFalse();
        Report inKharkiv = report("2024-11-05", Kind.PARTICIPATION, LinkingScenarioTest.KHARKIV, null, null, DateBasis.PUBLICATION, "cue:0-4");
        Report inKharkivLater = report("2025-02-05", Kind.PARTICIPATION, LinkingScenarioTest.KHARKIV, null, null, DateBasis.PUBLICATION, "cue:0-4");
        assertThat(Compatibility.compatible(inKharkiv, inKharkivLater)).isTrue();
    }

    /** The same report denied. */
    private static Report denial(Report r) {
        Assertion a = r.assertion();
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), new Assertion(a.span(), a.kind(),
                Polarity.NEGATIVE, a.modality(), a.actor(), a.place(), a.placeName(), a.time(), a.count(), a.norm(),
                a.event(), a.claim(), a.holder(), a.evidence(), a.trigger(), a.mode(), a.dateBasis()));
    }

    /** A report of {@code holder} (null: the outlet's own narration, uncoded) with its trigger and modality. */
    private static Report said(String stated, Kind kind, Place place, String holder, String trigger, Modality modality,
                               TimeValue time, DateBasis basis) {
        ArticleId id = new ArticleId(String.format("%016x", ++n));
        Evidence ev = new Evidence(id, new Span(0, 5), "test", "1", 1.0);
        Assertion a = new Assertion(new Span(0, 5), kind, Polarity.POSITIVE, modality, null,
                place == null ? null : new PlaceMention(new Span(0, 5), place, ev), null,
                time == null ? null : new TimeMention(new Span(0, 5), time, ev), null, null, -1,
                holder == null ? null : "cue:0-4", holder == null ? ActorRef.named(null, "(the article)", null)
                        : ActorRef.named(holder, holder, null), ev).withFacets(trigger, null, basis);
        return new Report(id, 0, LocalDate.parse(stated), "", null, a);
    }

    @Test
    void whatIsNotStatedAsFactLinksWithNothing() {
        Report planned = said("2026-03-10", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, "RUSMIL", "offensive", Modality.PLANNED, null, DateBasis.PUBLICATION);
        Report fought = said("2026-03-10", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, "UKRMIL", "offensive", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        Report foughtToo = said("2026-03-10", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, "UKRGOV", "fight", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(planned, fought)).isFalse();
        assertThat(Compatibility.compatible(fought, foughtToo)).isTrue();
    }

    @Test
    void anOutletsPassingMentionsOfAStateOrARegionLinkWithNothing() {
        // "Russian-occupied Crimea" in two articles of one day: a state, no happening of that day
        Report occupied = said("2023-06-03", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "occupy", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        Report occupiedToo = said("2023-06-03", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "occupy", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(occupied, occupiedToo)).isFalse();
        // a capture of the town told by two outlets the same day is one
        Report captured = said("2023-06-03", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "capture", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        Report capturedToo = said("2023-06-03", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "capture", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(captured, capturedToo)).isTrue();
        // but not three days apart: only a coded party's control claim holds for days around its publication
        Report capturedLater = said("2023-06-06", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "capture", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(captured, capturedLater)).isFalse();
        // fighting in a whole oblast by the publication day says too little; dated by the text, it may link
        Report oblast = said("2023-06-03", Kind.FIGHTING, DONETSK_OBLAST, null, "fight", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        Report oblastToo = said("2023-06-03", Kind.FIGHTING, DONETSK_OBLAST, null, "fight", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(oblast, oblastToo)).isFalse();
        Report dated = said("2023-06-03", Kind.FIGHTING, DONETSK_OBLAST, null, "fight", Modality.ACTUAL, day("2023-06-02"), DateBasis.EXPLICIT);
        Report datedToo = said("2023-06-03", Kind.FIGHTING, DONETSK_OBLAST, null, "fight", Modality.ACTUAL, day("2023-06-02"), DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(dated, datedToo)).isTrue();
    }

    @Test
    void anUndatedSentenceNamingAnEarlierYearIsAboutThePast() {
        Report warsaw = quoted(said("2023-07-29", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "liberate", Modality.ACTUAL, null, DateBasis.PUBLICATION),
                "She arrived after a failed attempt by the resistance in 1944 to liberate the city.");
        Report again = quoted(said("2023-07-29", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "liberate", Modality.ACTUAL, null, DateBasis.PUBLICATION),
                "The city was liberated by the resistance, residents recalled.");
        Report troops = quoted(said("2023-07-29", Kind.CONTROL, LinkingScenarioTest.KHARKIV, null, "liberate", Modality.ACTUAL, null, DateBasis.PUBLICATION),
                "Some 1,944 soldiers liberated the city in 2023.");
        assertThat(Compatibility.earlierYear(warsaw)).isTrue();
        assertThat(Compatibility.earlierYear(troops)).isFalse();
        assertThat(Compatibility.compatible(warsaw, again)).isFalse();
        assertThat(Compatibility.compatible(troops, again)).isTrue();
    }

    private static TimeValue year(int y) {
        return new TimeValue(Integer.toString(y), "DATE", TimeValue.Granularity.YEAR, LocalDate.of(y, 1, 1),
                LocalDate.of(y + 1, 1, 1), null, null, TimeValue.Anchoring.ABSOLUTE, null);
    }

    /** The same report with the actor it is about (null: none named). */
    private static Report about(Report r, String code) {
        Assertion a = r.assertion();
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), new Assertion(a.span(), a.kind(),
                a.polarity(), a.modality(), code == null ? null : ActorRef.named(code, code, null), a.place(), a.placeName(),
                a.time(), a.count(), a.norm(), a.event(), a.claim(), a.holder(), a.evidence(), a.trigger(), a.mode(),
                a.dateBasis()), r.quote());
    }

    @Test
    void aPastHappeningNamedByItsYearLinksOnlyWithTheSameOneToldAgain() {
        // "the Northern Fleet seized the oblast in 2019", told by one outlet in 2022 and by another a year later
        Report told = about(said("2022-03-02", Kind.CONTROL, DONETSK_OBLAST, null, "seize", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "RUS");
        Report toldAgain = about(said("2023-05-20", Kind.CONTROL, DONETSK_OBLAST, "UKRGOV", "annexation", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "RUSMIL");
        Report noActor = said("2024-01-09", Kind.CONTROL, DONETSK_OBLAST, null, "takeover", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT);
        assertThat(Compatibility.landmark(told)).isTrue();
        assertThat(Compatibility.compatible(told, toldAgain)).isTrue();
        assertThat(Compatibility.compatible(told, noActor)).isTrue();
        // another year, the other side, fighting rather than control, the year still running: not the same landmark
        Report otherYear = about(said("2022-03-02", Kind.CONTROL, DONETSK_OBLAST, null, "seize", Modality.ACTUAL, year(2020), DateBasis.EXPLICIT), "RUS");
        Report otherSide = about(said("2022-03-02", Kind.CONTROL, DONETSK_OBLAST, null, "liberate", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "UKR");
        Report fighting = about(said("2022-03-02", Kind.FIGHTING, DONETSK_OBLAST, "RUSGOV", "offensive", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "RUS");
        Report thisYear = about(said("2019-11-30", Kind.CONTROL, DONETSK_OBLAST, null, "seize", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "RUS");
        assertThat(Compatibility.compatible(told, otherYear)).isFalse();
        assertThat(Compatibility.blocker(told, otherSide)).isEqualTo("landmark");
        assertThat(Compatibility.blocker(told, fighting)).isEqualTo("landmark");
        assertThat(Compatibility.landmark(thisYear)).isFalse();
        assertThat(Compatibility.compatible(told, thisYear)).isFalse();
        // a year is no day: the landmark does not link with a dated report of a day in that year
        Report thatDay = about(said("2019-04-02", Kind.CONTROL, DONETSK_OBLAST, null, "seize", Modality.ACTUAL, day("2019-04-01"), DateBasis.EXPLICIT), "RUS");
        assertThat(Compatibility.blocker(told, thatDay)).isEqualTo("granularity");
        // a whole country, or a time longer than a year, stays too vague to link
        Report country = about(said("2022-03-02", Kind.CONTROL, UKRAINE, null, "seize", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "RUS");
        Report countryToo = about(said("2023-05-20", Kind.CONTROL, UKRAINE, null, "seize", Modality.ACTUAL, year(2019), DateBasis.EXPLICIT), "RUS");
        assertThat(Compatibility.landmark(country)).isFalse();
        assertThat(Compatibility.compatible(country, countryToo)).isFalse();
        TimeValue twoYears = new TimeValue("2018/2019", "DATE", TimeValue.Granularity.YEAR, LocalDate.of(2018, 1, 1),
                LocalDate.of(2020, 1, 1), null, null, TimeValue.Anchoring.ABSOLUTE, null);
        Report longer = about(said("2022-03-02", Kind.CONTROL, DONETSK_OBLAST, null, "seize", Modality.ACTUAL, twoYears, DateBasis.EXPLICIT), "RUS");
        assertThat(Compatibility.landmark(longer)).isFalse();
        assertThat(Compatibility.compatible(told, longer)).isFalse();
    }

    private static Report quoted(Report r, String sentence) {
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), r.assertion(), sentence);
    }

    @Test
    void theOccupationOfARegionIsNoHappeningWhoeverMentionsItUnlessItIsDatedBefore() {
        Report kyiv = said("2022-08-23", Kind.CONTROL, DONETSK_OBLAST, "UKRGOV", "occupation", Modality.ACTUAL, day("2022-08-23"), DateBasis.EXPLICIT);
        Report un = said("2022-08-23", Kind.CONTROL, DONETSK_OBLAST, "IGOUNO", "occupy", Modality.ACTUAL, day("2022-08-23"), DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(kyiv, un)).isFalse();
        Report may2014 = new Report(new ArticleId(String.format("%016x", ++n)), 0, LocalDate.parse("2022-08-23"), "", null,
                said("2022-08-23", Kind.CONTROL, DONETSK_OBLAST, "UKRGOV", "occupy", Modality.ACTUAL, day("2014-05-11"), DateBasis.EXPLICIT).assertion());
        Report may2014Too = said("2022-08-24", Kind.CONTROL, DONETSK_OBLAST, "IGOUNO", "occupation", Modality.ACTUAL, day("2014-05-11"), DateBasis.EXPLICIT);
        assertThat(Compatibility.compatible(may2014, may2014Too)).isTrue();
    }

    @Test
    void controlAndFightingAreOneContestOnlyBetweenCodedParties() {
        Report held = said("2026-03-10", Kind.CONTROL, LinkingScenarioTest.KHARKIV, "RUSMIL", "liberate", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        Report fighting = said("2026-03-10", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, "UKRMIL", "clash", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        Report narrated = said("2026-03-10", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, null, "advance", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(Compatibility.compatible(held, fighting)).isTrue();
        assertThat(Compatibility.compatible(held, narrated)).isFalse();
        assertThat(Compatibility.compatible(fighting, narrated)).isTrue();
    }

    @Test
    void sourcesWithoutACodeCountOncePerArticle() {
        Report report = said("2024-04-24", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, null, "attack", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        var a = report.assertion();
        Report analysts = new Report(report.article(), 1, report.stated(), "", null, new Assertion(a.span(), a.kind(),
                a.polarity(), a.modality(), null, a.place(), null, null, null, null, -1, "cue:9-12",
                ActorRef.named(null, "ISW analysts", null), a.evidence()));
        assertThat(analysts.original()).isEqualTo(report.original()).isEqualTo("article:" + report.article().value());
        Report coded = said("2024-04-24", Kind.FIGHTING, LinkingScenarioTest.KHARKIV, "UKRMIL", "attack", Modality.ACTUAL, null, DateBasis.PUBLICATION);
        assertThat(coded.original()).isEqualTo("UKRMIL");
    }

    @Test
    void anUndatedControlClaimHoldsForThreeDaysAroundItsPublication() {
        Report claim = report("2026-03-10", Kind.CONTROL, LinkingScenarioTest.KHARKIV, Mode.GROUND, day("2026-03-10"), DateBasis.PUBLICATION);
        assertThat(Compatibility.days(claim)).containsExactly(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 14));
        Report stated = report("2026-03-10", Kind.CONTROL, LinkingScenarioTest.KHARKIV, Mode.GROUND, day("2026-03-10"), DateBasis.EXPLICIT);
        assertThat(Compatibility.days(stated)).containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    }

    @Test
    void aPlanLinksOnlyWithStatementsAboutThePlannersPlanWithinTwoWeeksNeverWithWhatHappened() {
        var rus = LinkingScenarioTest.RUS;
        var usa = org.sitrep.model.ActorRef.named("USAGOV", "White House", null);
        Report warned = DisputeJudgeTest.plan("a", "2025-03-01", usa, rus, LinkingScenarioTest.KHARKIV,
                org.sitrep.model.Polarity.POSITIVE);
        Report denied = DisputeJudgeTest.plan("b", "2025-03-12", LinkingScenarioTest.RUSGOV, rus, null,
                org.sitrep.model.Polarity.NEGATIVE);
        assertThat(Compatibility.blocker(warned, denied)).isNull();
        assertThat(HappeningIndex.where(warned)).isEqualTo(HappeningIndex.where(denied)).isEqualTo("RUS");
        // another planner, or a month apart: another plan
        Report ukrainian = DisputeJudgeTest.plan("c", "2025-03-02", LinkingScenarioTest.RUSGOV,
                LinkingScenarioTest.UKR, null, org.sitrep.model.Polarity.POSITIVE);
        assertThat(Compatibility.blocker(warned, ukrainian)).isNotNull();
        Report later = DisputeJudgeTest.plan("d", "2025-04-10", LinkingScenarioTest.RUSGOV, rus, null,
                org.sitrep.model.Polarity.NEGATIVE);
        assertThat(Compatibility.blocker(warned, later)).isEqualTo("time");
        // an attack that happened is no statement about a plan
        Report struck = report("2025-03-02", Kind.OCCURRED, LinkingScenarioTest.KHARKIV, null, day("2025-03-02"),
                DateBasis.EXPLICIT, "cue:0-4");
        assertThat(Compatibility.blocker(warned, struck)).isEqualTo("family");
        // a plan told by the outlet alone is background
        Report narrated = LinkingScenarioTest.report("e", "e", "2025-03-02", "", DisputeJudgeTest.DAILY, true, Kind.PLAN,
                org.sitrep.model.Polarity.POSITIVE, rus, null, null, null);
        assertThat(Compatibility.background(narrated)).isTrue();
    }
}
