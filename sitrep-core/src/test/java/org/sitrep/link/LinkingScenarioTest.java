package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * A planted scenario, built by hand as assertions from invented outlets: corroborations, wire copies, contested
 * control, a reversal, disputed and agreeing counts, participation denied, and look-alikes that must not be reported.
 * Everything planted is found, nothing else; any arrival order gives the same happenings and disputes.
 */
class LinkingScenarioTest {
    static final Place KURSK_OBLAST = new Place(489, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.5, 35.9, 3);
    static final Place SUDZHA = new Place(1, "Sudzha", FeatureKind.POPULATED_PLACE, "RU", "Kursk Oblast", "Sudzhanskiy Rayon", 51.19, 35.27, 1);
    static final Place PREDTECHYNE = new Place(2, "Predtechyne", FeatureKind.POPULATED_PLACE, "UA", "Donetsk", "Kramatorsk Raion", 48.47, 37.7, 1);
    static final Place KOSTIANTYNIVKA = new Place(3, "Kostiantynivka", FeatureKind.POPULATED_PLACE, "UA", "Donetsk", "Kramatorsk Raion", 48.52, 37.7, 1);
    static final Place KHARKIV = new Place(4, "Kharkiv", FeatureKind.POPULATED_PLACE, "UA", "Kharkiv", "Kharkiv Raion", 49.99, 36.23, 1);

    static final ActorRef RUSMIL = ActorRef.named("RUSMIL", "Russia (military)", null);
    static final ActorRef UKRMIL = ActorRef.named("UKRMIL", "Ukraine (military)", null);
    static final ActorRef UKRGOV = ActorRef.named("UKRGOV", "Donetsk regional administration", null);
    static final ActorRef RUSGOV = ActorRef.named("RUSGOV", "Kremlin", null);
    static final ActorRef PRKMIL = ActorRef.named("PRKMIL", "North Korea (military)", null);
    static final ActorRef NGO = ActorRef.named(null, "Civilian Harm Watch", null);
    static final ActorRef RUS = ActorRef.named("RUS", "Russia", null);
    static final ActorRef UKR = ActorRef.named("UKR", "Ukraine", null);

    private static int counter;
    private static final java.util.Map<String, String> NAMES = new java.util.HashMap<>();

    /** A valid article id for a readable test name (ids are 16 hex digits). */
    static String hex(String name) {
        String h = String.format("%016x", (long) name.hashCode() & 0xffffffffL | 0x1000000000L);
        NAMES.put(h, name);
        return h;
    }

    static String name(ArticleId id) {
        return NAMES.get(id.value());
    }

    static Report report(String article, String copyOf, String stated, String outlet, ActorRef holder, boolean narration,
                         Kind kind, Polarity polarity, ActorRef actor, Place place, String time, Quantity count) {
        ArticleId id = new ArticleId(hex(article));
        Evidence ev = new Evidence(id, new Span(0, 10), "test", "1", 1.0);
        TimeMention t = null;
        if (time != null) {
            LocalDate d = LocalDate.parse(time);
            t = new TimeMention(new Span(0, 5), new TimeValue(time, "DATE", TimeValue.Granularity.DAY, d, d.plusDays(1),
                    null, null, TimeValue.Anchoring.ABSOLUTE, null), ev);
        }
        Assertion a = new Assertion(new Span(0, 10), kind, polarity, actor,
                place == null ? null : new PlaceMention(new Span(0, 5), place, ev), null, t, count, null, -1,
                narration ? null : "cue:0-4", holder, ev);
        return new Report(id, counter++, LocalDate.parse(stated), outlet, hex(copyOf), a);
    }

    static Quantity count(long v, Bound b, String what) {
        return new Quantity(new Span(0, 3), v, null, b, what, null);
    }

    static List<Report> scenario() {
        counter = 0;
        List<Report> r = new ArrayList<>();
        // Kursk: Russia's general staff claims the oblast (relayed by three outlets), Ukraine reports 21 clashes the next day
        r.add(report("kcna-1", "kcna-1", "2025-04-26", "kcna", RUSMIL, false, Kind.CONTROL, Polarity.POSITIVE, RUS, KURSK_OBLAST, "2025-04-26", null));
        r.add(report("wire-1", "wire-1", "2025-04-26", "meridian", RUSMIL, false, Kind.CONTROL, Polarity.POSITIVE, RUS, KURSK_OBLAST, "2025-04-26", null));
        r.add(report("daily-1", "daily-1", "2025-04-27", "kyivdailymonitor", RUSMIL, false, Kind.CONTROL, Polarity.POSITIVE, RUS, KURSK_OBLAST, null, null));
        r.add(report("daily-1", "daily-1", "2025-04-27", "kyivdailymonitor", UKRMIL, false, Kind.FIGHTING, Polarity.POSITIVE, null, KURSK_OBLAST, "2025-04-27", count(21, Bound.EXACT, "clashes")));
        // fighting in Sudzha *before* the control claim, reported by Ukraine: inside the oblast, but not a contest
        r.add(report("daily-0", "daily-0", "2025-04-22", "kyivdailymonitor", UKRMIL, false, Kind.FIGHTING, Polarity.POSITIVE, null, SUDZHA, "2025-04-21", null));
        // Predtechyne: Russia claims it, Ukraine says it holds it, then Ukraine acknowledges withdrawing
        r.add(report("nra-1", "nra-1", "2026-03-10", "nra", RUSMIL, false, Kind.CONTROL, Polarity.POSITIVE, RUS, PREDTECHYNE, "2026-03-10", null));
        r.add(report("mer-1", "mer-1", "2026-03-10", "meridian", UKRMIL, false, Kind.CONTROL, Polarity.POSITIVE, UKR, PREDTECHYNE, "2026-03-10", null));
        r.add(report("don-1", "don-1", "2026-03-13", "donechchyna", UKRMIL, false, Kind.CONTROL, Polarity.NEGATIVE, UKR, PREDTECHYNE, "2026-03-12", null));
        // Ukraine's narration of the withdrawal, a wire story printed by two more sites: one source
        r.add(report("abs-1", "abs-1", "2026-03-13", "absnews", ActorRef.named(null, "ABS News", null), true, Kind.CONTROL, Polarity.NEGATIVE, UKR, PREDTECHYNE, "2026-03-12", null));
        r.add(report("copy-1", "abs-1", "2026-03-13", "siteA", ActorRef.named(null, "Site A", null), true, Kind.CONTROL, Polarity.NEGATIVE, UKR, PREDTECHYNE, "2026-03-12", null));
        r.add(report("copy-2", "abs-1", "2026-03-14", "siteB", ActorRef.named(null, "Site B", null), true, Kind.CONTROL, Polarity.NEGATIVE, UKR, PREDTECHYNE, "2026-03-12", null));
        // Kostiantynivka strike: Russia "more than 30" militants killed vs regional administration 4, later 5; NGO 5
        r.add(report("nra-1", "nra-1", "2026-03-10", "nra", RUSMIL, false, Kind.CASUALTIES, Polarity.POSITIVE, null, KOSTIANTYNIVKA, "2026-03-09", count(30, Bound.AT_LEAST, "killed")));
        r.add(report("mer-1", "mer-1", "2026-03-10", "meridian", UKRGOV, false, Kind.CASUALTIES, Polarity.POSITIVE, null, KOSTIANTYNIVKA, "2026-03-09", count(4, Bound.EXACT, "killed")));
        r.add(report("daily-2", "daily-2", "2026-03-11", "kyivdailymonitor", UKRGOV, false, Kind.CASUALTIES, Polarity.POSITIVE, null, KOSTIANTYNIVKA, "2026-03-09", count(5, Bound.EXACT, "killed")));
        r.add(report("chm-1", "chm-1", "2026-03-11", "civilianharm", NGO, false, Kind.CASUALTIES, Polarity.POSITIVE, null, KOSTIANTYNIVKA, "2026-03-09", count(5, Bound.EXACT, "killed")));
        // "up to 210" Ukrainian losses: no other figure, nothing to dispute; wounded are another count
        r.add(report("nra-1", "nra-1", "2026-03-10", "nra", RUSMIL, false, Kind.CASUALTIES, Polarity.POSITIVE, null, KOSTIANTYNIVKA, "2026-03-09", count(11, Bound.EXACT, "wounded")));
        r.add(report("mer-1", "mer-1", "2026-03-10", "meridian", UKRGOV, false, Kind.CASUALTIES, Polarity.POSITIVE, null, KOSTIANTYNIVKA, "2026-03-09", count(12, Bound.ABOUT, "wounded")));
        // North Korean troops: the Kremlin denies in November, the US asserts, the Kremlin acknowledges in April
        r.add(report("tass-1", "tass-1", "2024-11-05", "tass", RUSGOV, false, Kind.PARTICIPATION, Polarity.NEGATIVE, PRKMIL, null, null, null));
        r.add(report("kyiv-5", "kyiv-5", "2024-11-06", "kyivpost", UKRMIL, false, Kind.PARTICIPATION, Polarity.POSITIVE, PRKMIL, null, null, null));
        r.add(report("tass-2", "tass-2", "2025-04-26", "tass", RUSGOV, false, Kind.PARTICIPATION, Polarity.POSITIVE, PRKMIL, null, null, null));
        // Kharkiv: Ukraine reports fighting; Russia's own outlet reports fighting too: corroboration, no dispute
        r.add(report("kyiv-6", "kyiv-6", "2026-03-10", "kyivpost", UKRMIL, false, Kind.FIGHTING, Polarity.POSITIVE, null, KHARKIV, "2026-03-10", null));
        r.add(report("tass-3", "tass-3", "2026-03-10", "tass", RUSMIL, false, Kind.FIGHTING, Polarity.POSITIVE, null, KHARKIV, "2026-03-10", null));
        return r;
    }

    private static List<Happening> happenings(List<Report> reports) {
        HappeningIndex index = new HappeningIndex();
        reports.forEach(index::add);
        return index.happenings();
    }

    private static List<String> disputes(List<Happening> hs) {
        DisputeJudge judge = new DisputeJudge();
        return hs.stream().flatMap(h -> judge.judge(h).stream()).map(d -> {
            String x = d.first().holderKey() + "@" + name(d.first().article());
            String y = d.second().holderKey() + "@" + name(d.second().article());
            // a reversal is ordered in time; other disputes are symmetric
            return d.kind() + " " + (d.kind() == Dispute.Kind.REVERSAL || x.compareTo(y) < 0 ? x + " / " + y : y + " / " + x);
        }).sorted().collect(Collectors.toList());
    }

    @Test
    void everyPlantedDisputeIsFoundAndNothingElse() {
        assertThat(disputes(happenings(scenario()))).containsExactly(
                "CONTESTED_CONTROL RUSMIL@kcna-1 / UKRMIL@daily-1",
                "CONTESTED_CONTROL RUSMIL@nra-1 / UKRMIL@mer-1",
                "DISPUTED_COUNT RUSMIL@nra-1 / UKRGOV@mer-1",
                "DISPUTED_COUNT RUSMIL@nra-1 / outlet:civilianharm@chm-1", // the monitor publishes its own figure
                "PARTICIPATION_DENIED RUSGOV@tass-1 / UKRMIL@kyiv-5",
                "REVERSAL RUSGOV@tass-1 / RUSGOV@tass-2",
                "REVERSAL UKRMIL@mer-1 / UKRMIL@don-1");
    }

    @Test
    void reasonsNameBothSidesAndTheirDates() {
        DisputeJudge judge = new DisputeJudge();
        List<Dispute> all = happenings(scenario()).stream().flatMap(h -> judge.judge(h).stream()).toList();
        Dispute kursk = all.stream().filter(d -> name(d.first().article()).equals("kcna-1")).findFirst().orElseThrow();
        assertThat(kursk.reason()).contains("Russia (military)", "Kursk Oblast", "2025-04-26", "Ukraine (military)",
                "21 clashes", "2025-04-27");
        Dispute reversal = all.stream().filter(d -> d.kind() == Dispute.Kind.REVERSAL
                && d.first().holderKey().equals("UKRMIL")).findFirst().orElseThrow();
        assertThat(reversal.reason()).contains("2026-03-10", "2026-03-13", "Ukraine controls Predtechyne",
                "Ukraine does not control Predtechyne");
    }

    @Test
    void independentSourcesCountCopiesAndRelaysOnce() {
        List<Happening> hs = happenings(scenario());
        Happening kursk = hs.stream().filter(h -> h.about().equals("Kursk Oblast")).findFirst().orElseThrow();
        // three outlets relaying Russia's military + Ukraine's military: two sources; the earlier Sudzha fight joins the contest
        assertThat(kursk.originals()).containsExactly("RUSMIL", "UKRMIL");
        Happening predtechyne = hs.stream().filter(h -> h.about().equals("Predtechyne")).findFirst().orElseThrow();
        // the wire story printed three times is one source: article:abs-1
        assertThat(predtechyne.originals()).containsExactly("RUSMIL", "UKRMIL", "article:" + hex("abs-1"));
        assertThat(predtechyne.members()).hasSize(6);
    }

    @Test
    void oneSentencePrintedByPagesThatDifferElsewhereIsOneSource() {
        String wire = "Russian forces shelled the centre of Kharkiv on Tuesday night, damaging a school and two apartment "
                + "blocks, the regional governor said.";
        List<Report> rs = new ArrayList<>();
        for (String[] x : List.of(new String[] {"page-1", "2026-05-06", wire},
                new String[] {"page-2", "2026-05-07", "KHARKIV (Steppe Herald) - " + wire.replace("Russian", "Russia's")},
                new String[] {"page-3", "2026-05-07", "Our correspondent in Kharkiv heard explosions near the centre "
                        + "of the city late on Tuesday and saw smoke over the old town."})) {
            Report r = report(x[0], x[0], x[1], "", ActorRef.named(null, x[0], null), true, Kind.FIGHTING,
                    Polarity.POSITIVE, RUS, KHARKIV, "2026-05-05", null);
            rs.add(new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), r.assertion(), x[2]));
        }
        List<Happening> hs = happenings(rs);
        assertThat(hs).hasSize(1);
        assertThat(hs.get(0).originals()).containsExactly("article:" + hex("page-1"), "article:" + hex("page-3"));
        // each member counts under one of the originals: the reprint under the page it copies
        var sources = HappeningIndex.sources(hs.get(0).members());
        assertThat(hs.get(0).members()).extracting(r -> sources.get(r.key())).containsExactlyInAnyOrder(
                "article:" + hex("page-1"), "article:" + hex("page-1"), "article:" + hex("page-3"));
    }

    @Test
    void anAccusationAndItsDenialInOneSentenceAreTwoSources() {
        String sentence = "Kyiv accuses Russian forces of shelling the centre of Kharkiv on Tuesday night, which the "
                + "defence ministry in Moscow denies.";
        List<Report> rs = new ArrayList<>();
        for (Object[] x : List.of(new Object[] {UKRGOV, Polarity.POSITIVE}, new Object[] {RUSMIL, Polarity.NEGATIVE})) {
            Report r = report("wire-9", "wire-9", "2026-05-06", "", (ActorRef) x[0], false, Kind.FIGHTING,
                    (Polarity) x[1], RUS, KHARKIV, "2026-05-05", null);
            rs.add(new Report(r.article(), r.index(), r.stated(), r.outlet(), r.copyOf(), r.assertion(), sentence));
        }
        // the sentence carries two holders' words: not one passage reprinted, so two independent sources
        assertThat(happenings(rs)).singleElement().satisfies(h ->
                assertThat(h.originals()).containsExactly("RUSMIL", "UKRGOV"));
    }

    @Test
    void aCountryNamedAsSpeakerIsOneSourceWithItsGovernmentButACitizenIsNot() {
        ActorRef russia = new ActorRef("RUS", "Russia", null, null, "RUS");
        ActorRef citizen = new ActorRef("RUS", "Ivan Sorokin", null, null, null);
        // "Russia denies …" and "the Kremlin denies …" are one source; a Russian citizen saying it is another
        assertThat(originals(russia, RUSGOV)).containsExactly("RUSGOV");
        assertThat(originals(citizen, RUSGOV)).containsExactly("RUS", "RUSGOV");
    }

    private static List<String> originals(ActorRef... holders) {
        List<Report> rs = new ArrayList<>();
        for (ActorRef holder : holders)
            rs.add(report("paper-" + holder.name(), "paper-" + holder.name(), "2026-05-06", "", holder, false,
                    Kind.FIGHTING, Polarity.NEGATIVE, UKR, KHARKIV, "2026-05-05", null));
        List<Happening> hs = happenings(rs);
        assertThat(hs).hasSize(1);
        return hs.get(0).originals();
    }

    @Test
    void happeningsKeepApartWhatDiffersInPlaceKindOrCount() {
        List<Happening> hs = happenings(scenario());
        // Kursk contest, Predtechyne contest, killed at Kostiantynivka, wounded at Kostiantynivka, PRK participation, Kharkiv fighting
        assertThat(hs).hasSize(6);
        assertThat(hs.stream().map(Happening::family).sorted().toList())
                .containsExactly("CASUALTIES", "CASUALTIES", "CONTEST", "CONTEST", "CONTEST", "PARTICIPATION");
    }

    @Test
    void shuffledInputGivesTheSameHappeningsAndDisputes() {
        List<Report> reports = scenario();
        List<String> expectedGroups = groups(happenings(reports));
        List<String> expectedDisputes = disputes(happenings(reports));
        Random random = new Random(11);
        for (int round = 0; round < 25; round++) {
            List<Report> shuffled = new ArrayList<>(reports);
            Collections.shuffle(shuffled, random);
            List<Happening> hs = happenings(shuffled);
            assertThat(groups(hs)).isEqualTo(expectedGroups);
            assertThat(disputes(hs)).isEqualTo(expectedDisputes);
        }
    }

    private static List<String> groups(List<Happening> hs) {
        return hs.stream().map(h -> h.id() + "=" + h.members().stream().map(Report::key).sorted().toList()).toList();
    }

    @Test
    void placeContainmentFollowsTheAdminHierarchy() {
        assertThat(Compatibility.within(SUDZHA, KURSK_OBLAST)).isTrue();
        assertThat(Compatibility.within(KURSK_OBLAST, SUDZHA)).isFalse();
        assertThat(Compatibility.within(PREDTECHYNE, KURSK_OBLAST)).isFalse();
        Place raion = new Place(0, "Kramatorsk Raion", FeatureKind.ADMIN2, "UA", "Donetsk", "Kramatorsk Raion", 48.6, 37.6, 2);
        assertThat(Compatibility.within(PREDTECHYNE, raion)).isTrue();
        assertThat(Compatibility.within(KHARKIV, raion)).isFalse();
        Place ukraine = new Place(690791, "Ukraine", FeatureKind.COUNTRY, "UA", "", "", 49, 32, 4);
        assertThat(Compatibility.within(PREDTECHYNE, ukraine)).isTrue();
    }

    @Test
    void boundsDecideWhetherFiguresAgree() {
        assertThat(DisputeJudge.agree(count(30, Bound.AT_LEAST, "killed"), count(45, Bound.EXACT, "killed"))).isTrue();
        assertThat(DisputeJudge.agree(count(210, Bound.AT_MOST, "killed"), count(150, Bound.EXACT, "killed"))).isTrue();
        assertThat(DisputeJudge.agree(count(210, Bound.AT_MOST, "killed"), count(300, Bound.AT_LEAST, "killed"))).isFalse();
        assertThat(DisputeJudge.agree(count(100, Bound.ABOUT, "killed"), count(120, Bound.EXACT, "killed"))).isTrue();
        assertThat(DisputeJudge.agree(count(100, Bound.EXACT, "killed"), count(130, Bound.EXACT, "killed"))).isFalse();
        assertThat(DisputeJudge.agree(count(4, Bound.EXACT, "killed"), count(5, Bound.EXACT, "killed"))).isTrue();
    }
}
