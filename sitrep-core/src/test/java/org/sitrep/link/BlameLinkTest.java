package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.link.LinkingScenarioTest.KHARKIV;
import static org.sitrep.link.LinkingScenarioTest.RUS;
import static org.sitrep.link.LinkingScenarioTest.RUSGOV;
import static org.sitrep.link.LinkingScenarioTest.RUSMIL;
import static org.sitrep.link.LinkingScenarioTest.UKR;
import static org.sitrep.link.LinkingScenarioTest.UKRGOV;
import static org.sitrep.link.LinkingScenarioTest.report;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Place;
import org.sitrep.model.Polarity;

/**
 * Attacks blamed and denied (RESPONSIBILITY read by BlameReader), one rule per test on hand-built reports: the
 * accused side's own denial of the same act is a dispute; a third party's doubt, another act, or a denial by a side
 * that blamed the other is none; an act known only by its target links only with the same act of the same side.
 */
class BlameLinkTest {
    private final DisputeJudge judge = new DisputeJudge();
    static final ActorRef USAGOV = ActorRef.named("USAGOV", "White House", null);
    /** "the hospital": a target the gazetteer cannot place, named as written. */
    static final Place HOSPITAL = new Place(NamedPlaces.NAMED_ONLY, "hospital", FeatureKind.POPULATED_PLACE, "", "", "", 0, 0, 1);

    /** {@code holder} says {@code attacker} carried out (or, negative, did not carry out) the act at the place. */
    static Report blame(String article, String day, ActorRef holder, ActorRef attacker, Polarity polarity, String act,
                        Assertion.Mode mode, Place place) {
        Report r = report(article, article, day, "", holder, false, Kind.RESPONSIBILITY, polarity, attacker, place, day, null);
        return new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), r.assertion().withFacets(act, mode, null));
    }

    @Test
    void theAccusedSidesDenialOfTheSameActIsADispute() {
        // "Kyiv accused Russia of shelling Kharkiv on Monday" / "Russia's Defence Ministry denied shelling Kharkiv"
        Report accused = blame("a", "2026-03-02", UKRGOV, RUS, Polarity.POSITIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, KHARKIV);
        Report denied = blame("b", "2026-03-03", RUSMIL, RUS, Polarity.NEGATIVE, "shelling", Assertion.Mode.HEAVY_WEAPONS, KHARKIV);
        Dispute d = judge.judge("h", accused, denied);
        assertThat(d).isNotNull();
        assertThat(d.kind()).isEqualTo(Dispute.Kind.RESPONSIBILITY_DENIED);
        assertThat(d.reason()).isEqualTo("Donetsk regional administration holds Russia responsible for the shelling in"
                + " Kharkiv (2026-03-02); Russia (military) denies carrying out the shelling in Kharkiv (2026-03-03).");
        // a bare "attack" names any use of force
        Report attack = blame("c", "2026-03-03", RUSGOV, RUS, Polarity.NEGATIVE, "attack", null, KHARKIV);
        assertThat(judge.judge("h", accused, attack)).extracting(Dispute::kind).isEqualTo(Dispute.Kind.RESPONSIBILITY_DENIED);
    }

    @Test
    void aThirdPartysDoubtIsNoDenialOfTheAccused() {
        // "the White House said it had no evidence that Russia shelled Kharkiv": not Russia's own denial
        Report accused = blame("a", "2026-03-02", UKRGOV, RUS, Polarity.POSITIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, KHARKIV);
        Report doubt = blame("b", "2026-03-03", USAGOV, RUS, Polarity.NEGATIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, KHARKIV);
        assertThat(judge.judge("h", accused, doubt)).isNull();
    }

    @Test
    void aDenialOfAnotherActIsNoDispute() {
        // accused of shelling, denies a drone strike: two acts
        Report accused = blame("a", "2026-03-02", UKRGOV, RUS, Polarity.POSITIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, KHARKIV);
        Report drone = blame("b", "2026-03-03", RUSMIL, RUS, Polarity.NEGATIVE, "strike", Assertion.Mode.AERIAL, KHARKIV);
        assertThat(judge.judge("h", accused, drone)).isNull();
    }

    @Test
    void blamingTheOtherSideAndDenyingOnesOwnPartIsNoReversal() {
        // "Moscow blamed Kyiv for the strike" and later "Moscow denied carrying out the strike": one position
        Report blamed = blame("a", "2026-03-02", RUSGOV, UKR, Polarity.POSITIVE, "strike", null, KHARKIV);
        Report denied = blame("b", "2026-03-05", RUSGOV, RUS, Polarity.NEGATIVE, "strike", null, KHARKIV);
        assertThat(judge.judge("h", blamed, denied)).isNull();
        // but saying later that Kyiv did not do it would be
        Report owned = blame("c", "2026-03-06", RUSGOV, UKR, Polarity.NEGATIVE, "strike", null, KHARKIV);
        assertThat(judge.judge("h", blamed, owned)).extracting(Dispute::kind).isEqualTo(Dispute.Kind.REVERSAL);
    }

    @Test
    void anActKnownOnlyByItsTargetLinksOnlyWithTheSameActOfTheSameSide() {
        Report shelled = blame("a", "2026-03-02", UKRGOV, RUS, Polarity.POSITIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, HOSPITAL);
        Report deniedShelling = blame("b", "2026-03-02", RUSMIL, RUS, Polarity.NEGATIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, HOSPITAL);
        Report bombed = blame("c", "2026-03-02", RUSMIL, RUS, Polarity.NEGATIVE, "bomb", Assertion.Mode.AERIAL, HOSPITAL);
        Report otherSide = blame("d", "2026-03-02", RUSMIL, UKR, Polarity.POSITIVE, "shell", Assertion.Mode.HEAVY_WEAPONS, HOSPITAL);
        assertThat(Compatibility.blocker(shelled, deniedShelling)).isNull();
        assertThat(Compatibility.blocker(shelled, bombed)).isNotNull();
        assertThat(Compatibility.blocker(shelled, otherSide)).isEqualTo("act");
    }
}
