package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Layer;
import org.sitrep.model.DateBasis;

class StatementDaterTest {
    @Test
    void aDateOutsideTheContentDatesTheStatement() {
        Claim c = new ClaimExtractor(null).apply(ClaimFixtures.saidOnTuesday()).get(Layer.CLAIMS).get(0);
        assertThat(c.statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(c.dateBasis()).isEqualTo(DateBasis.EXPLICIT);
    }

    @Test
    void atThatTimeCarriesTheLastExplicitDate() {
        List<Claim> claims = new ClaimExtractor(null).apply(ClaimFixtures.discourseDate()).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE);
        assertThat(claims).extracting(Claim::statementDate)
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9));
    }

    @Test
    void withoutADateTheArticlesDateStands() {
        Claim c = new ClaimExtractor(null).apply(ClaimFixtures.denialThenPronoun()).get(Layer.CLAIMS).get(0);
        assertThat(c.statementDate()).isEqualTo(ClaimFixtures.PUBLISHED);
        assertThat(c.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void atThatTimeWithoutAnEarlierDateIsThePublicationDate() {
        var doc = ClaimFixtures.discourseDate();
        StatementDater dates = new StatementDater(doc);
        SentenceGraph second = SentenceGraph.of(doc).get(1);
        Cue cue = CueFinder.find(second).get(0);
        assertThat(dates.date(second, cue, new int[] {cue.last() + 1, cue.last() + 2}, null).basis()).isEqualTo(DateBasis.PUBLICATION);
    }
    @Test
    void aMonthTheCueHangsFromDatesTheStatementByItsFirstDayButAMonthInTheContentDoesNot() {
        var doc = org.sitrep.testkit.HandParsed.text("In November Reed declared an end to talks. Reed said talks resume in March.")
                .published(LocalDate.of(2023, 2, 17))
                .sentence("In IN 2 case", "November NNP 4 obl", "Reed NNP 4 nsubj", "declared/declare VBD 0 root", "an DT 6 det",
                        "end NN 4 obj", "to IN 8 case", "talks/talk NNS 6 nmod", ". . 4 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "talks/talk NNS 4 nsubj", "resume VBP 2 ccomp",
                        "in IN 6 case", "March NNP 4 obl", ". . 2 punct")
                .person("Reed")
                .month("November", java.time.YearMonth.of(2022, 11))
                .month("March", java.time.YearMonth.of(2023, 3))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.PERIOD, DateBasis.PUBLICATION);
        assertThat(claims).extracting(Claim::statementDate)
                .containsExactly(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 2, 17));
    }

    /** "Reed said on Tuesday the line held. Reed added the town fell. Reed says talks go on." */
    private static org.sitrep.model.Doc ledeDated(java.time.LocalDate published) {
        return org.sitrep.testkit.HandParsed
                .text("Reed said on Tuesday the line held. Reed added the town fell. Reed says talks go on.")
                .published(published)
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "says/say VBZ 0 root", "talks/talk NNS 4 nsubj", "go/go VBP 2 ccomp",
                        "on RP 4 compound:prt", ". . 2 punct")
                .person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
    }

    @Test
    void aPastTenseReportCarriesTheLedesDateAndAPresentTenseOneDoesNot() {
        List<Claim> claims = new ClaimExtractor(null).apply(ledeDated(ClaimFixtures.PUBLISHED)).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis)
                .containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE, DateBasis.PUBLICATION);
        assertThat(claims).extracting(Claim::statementDate).containsExactly(LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 10), ClaimFixtures.PUBLISHED);
    }

    @Test
    void aLedeDateMoreThanAWeekBeforePublicationIsNotCarried() {
        List<Claim> claims = new ClaimExtractor(null).apply(ledeDated(LocalDate.of(2026, 3, 30))).get(Layer.CLAIMS);
        assertThat(claims.get(1).dateBasis()).isEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void aDateAfterTheLedeIsNotCarried() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The line held. Reed said on Tuesday the line held. Reed added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "line NN 3 nsubj", "held/hold VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.PUBLICATION);
    }

    @Test
    void theSameSpeakerGoingOnKeepsTheDateAndAnotherSpeakerDoesNot() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed said on Tuesday the line held. Reed added the town fell. Kim added it rained.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .sentence("Kim NNP 2 nsubj", "added/add VBD 0 root", "it PRP 4 nsubj", "rained/rain VBD 2 ccomp",
                        ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed").actor("Kim", "KORGOV", "Kim").person("Kim")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis)
                .containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE, DateBasis.PUBLICATION);
        assertThat(claims.get(1).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theSameSpeakerBackAfterAnotherKeepsTheirDateButNotFarOn() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell.\n\nReed said on Tuesday the line held.\n\nKim added it rained.\n\nReed added the town fell."
                        + "\n\nIt was cold.\n\nIt was wet.\n\nIt was dark.\n\nReed warned the road closed.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Kim NNP 2 nsubj", "added/add VBD 0 root", "it PRP 4 nsubj", "rained/rain VBD 2 ccomp",
                        ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .sentence("It PRP 3 nsubj", "was/be VBD 3 cop", "cold JJ 0 root", ". . 3 punct")
                .sentence("It PRP 3 nsubj", "was/be VBD 3 cop", "wet JJ 0 root", ". . 3 punct")
                .sentence("It PRP 3 nsubj", "was/be VBD 3 cop", "dark JJ 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "warned/warn VBD 0 root", "the DT 4 det", "road NN 5 nsubj",
                        "closed/close VBD 2 ccomp", ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed").actor("Kim", "KORGOV", "Kim").person("Kim")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis)
                .containsExactly(DateBasis.EXPLICIT, DateBasis.PUBLICATION, DateBasis.DISCOURSE, DateBasis.PUBLICATION);
        assertThat(claims.get(2).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theDayBeforeIsTheDayBeforeTheLastDayNamed() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The ministers talked on Saturday. The day before, Reed said the line held.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "ministers/minister NNS 3 nsubj", "talked/talk VBD 0 root", "on IN 5 case",
                        "Saturday NNP 3 obl", ". . 3 punct")
                .sentence("The DT 2 det", "day NN 6 obl:tmod", "before RB 2 advmod", ", , 6 punct", "Reed NNP 6 nsubj",
                        "said/say VBD 0 root", "the DT 8 det", "line NN 9 nsubj", "held/hold VBD 6 ccomp", ". . 6 punct")
                .person("Reed")
                .time("Saturday", LocalDate.of(2026, 3, 7))
                .build();
        Claim c = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS).get(0);
        assertThat(c.statementDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(c.dateBasis()).isEqualTo(DateBasis.DISCOURSE);
    }

    @Test
    void aClaimInsideTheSpeakersContentDoesNotInterruptTheSpeaker() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed said on Tuesday the line held. Reed stressed that Kim threatens the town. "
                        + "Reed added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "stressed/stress VBD 0 root", "that IN 5 mark", "Kim NNP 5 nsubj",
                        "threatens/threaten VBZ 2 ccomp", "the DT 7 det", "town NN 5 obj", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed").actor("Kim", "KORGOV", "Kim").person("Kim")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::cueLemma).contains("threaten"); // Kim's claim, inside Reed's content
        Claim added = claims.stream().filter(c -> c.cueLemma().equals("add")).findFirst().orElseThrow();
        assertThat(added.statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(added.dateBasis()).isEqualTo(DateBasis.DISCOURSE);
    }
    @Test
    void aDayOnWhichTheSpeakerActedCarriesToTheirNextReportButNotAnotherSpeakers() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed visited the front on Tuesday. Reed added the town fell. Kim added it rained.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "visited/visit VBD 0 root", "the DT 4 det", "front NN 2 obj", "on IN 6 case",
                        "Tuesday NNP 2 obl", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .sentence("Kim NNP 2 nsubj", "added/add VBD 0 root", "it PRP 4 nsubj", "rained/rain VBD 2 ccomp",
                        ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed").actor("Kim", "KORGOV", "Kim").person("Kim")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.DISCOURSE, DateBasis.PUBLICATION);
        assertThat(claims.get(0).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aDayOnWhichABodyActedDatesNoLaterReport() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. The army shelled the port on Tuesday. The army added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("The DT 2 det", "army NN 3 nsubj", "shelled/shell VBD 0 root", "the DT 5 det", "port NN 3 obj",
                        "on IN 7 case", "Tuesday NNP 3 obl", ". . 3 punct")
                .sentence("The DT 2 det", "army NN 3 nsubj", "added/add VBD 0 root", "the DT 5 det", "town NN 6 nsubj",
                        "fell/fall VBD 3 ccomp", ". . 3 punct")
                .actor("army", "USAMIL", "US Army")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.PUBLICATION);
    }
    @Test
    void aDayInAClauseUnderTheSubjectsActIsNotTheirs() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed visited the port that fell on Tuesday. Reed added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "visited/visit VBD 0 root", "the DT 4 det", "port NN 2 obj",
                        "that WDT 6 nsubj", "fell/fall VBD 4 acl:relcl", "on IN 8 case", "Tuesday NNP 6 obl", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.PUBLICATION);
    }

    @Test
    void aSubheadingBetweenTwoParagraphsDoesNotPartTheSpeakersReport() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell.\n\nReed visited the front on Tuesday.\n\nA long war ahead\n\nReed added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "visited/visit VBD 0 root", "the DT 4 det", "front NN 2 obj", "on IN 6 case",
                        "Tuesday NNP 2 obl", ". . 2 punct")
                .sentence("A DT 3 det", "long JJ 3 amod", "war NN 0 root", "ahead RB 3 advmod")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.DISCOURSE);
        assertThat(claims.get(0).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aDayInAClauseSetOffInsideTheSpeakersPhraseDatesTheSpeakerNotTheStatement() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed, sanctioned on Monday, said the line held.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 7 nsubj", ", , 3 punct", "sanctioned/sanction VBN 1 acl", "on IN 5 case",
                        "Monday NNP 3 obl", ", , 3 punct", "said/say VBD 0 root", "the DT 9 det", "line NN 10 nsubj",
                        "held/hold VBD 7 ccomp", ". . 7 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed")
                .time("Monday", LocalDate.of(2026, 3, 9))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.PUBLICATION);
    }

    @Test
    void aMonthInARelativeClauseOnTheSpeakerDoesNotStopTheirDayCarrying() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed said on Tuesday the line held. Reed, who took office in January, added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 9 nsubj", ", , 4 punct", "who WP 4 nsubj", "took/take VBD 1 acl:relcl", "office NN 4 obj",
                        "in IN 7 case", "January NNP 4 obl", ", , 4 punct", "added/add VBD 0 root", "the DT 11 det",
                        "town NN 12 nsubj", "fell/fall VBD 9 ccomp", ". . 9 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .month("January", java.time.YearMonth.of(2026, 1))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE);
        assertThat(claims.get(1).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aSpeakerNamedByADescriptionKeepsTheDayOfTheLastDatedSpeakerOfItsCodeButANamedOneDoesNot() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed said on Tuesday the line held. Kim added it rained. Lee added the road closed. "
                        + "The general added the port closed.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Kim NNP 2 nsubj", "added/add VBD 0 root", "it PRP 4 nsubj", "rained/rain VBD 2 ccomp",
                        ". . 2 punct")
                .sentence("Lee NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "road NN 5 nsubj",
                        "closed/close VBD 2 ccomp", ". . 2 punct")
                .sentence("The DT 2 det", "general NN 3 nsubj", "added/add VBD 0 root", "the DT 5 det", "port NN 6 nsubj",
                        "closed/close VBD 3 ccomp", ". . 3 punct")
                .actor("Reed", "USAMIL", "Reed").person("Reed").actor("Kim", "KORGOV", "Kim").person("Kim")
                .actor("The general", "USAMIL", "United States (military)").actor("Lee", "USAMIL", "Lee").person("Lee")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.PUBLICATION,
                DateBasis.PUBLICATION, DateBasis.DISCOURSE);
        assertThat(claims.get(3).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aParticipleWithASubjectAndNoAuxiliaryIsAPastTenseTheTaggerMissed() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell. Reed said on Tuesday the line held. Reed added the town fell. Reed has added the port closed.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBN 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 3 nsubj", "has/have VBZ 3 aux", "added/add VBN 0 root", "the DT 5 det", "port NN 6 nsubj",
                        "closed/close VBD 3 ccomp", ". . 3 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis)
                .containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE, DateBasis.PUBLICATION);
    }

    @Test
    void theSameSpeakerAfterParagraphsOfBackgroundOrByAccordingToKeepsTheirDay() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell.\n\nReed said on Tuesday the line held.\n\nIt was cold.\n\nIt was wet.\n\n"
                        + "According to Reed, the port closed.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("It PRP 3 nsubj", "was/be VBD 3 cop", "cold JJ 0 root", ". . 3 punct")
                .sentence("It PRP 3 nsubj", "was/be VBD 3 cop", "wet JJ 0 root", ". . 3 punct")
                .sentence("According/accord VBG 3 case", "to TO 1 fixed", "Reed NNP 7 obl", ", , 7 punct", "the DT 6 det",
                        "port NN 7 nsubj", "closed/close VBD 0 root", ". . 7 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE);
        assertThat(claims.get(1).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aPresentTenseReportOfTheSameSpeakerKeepsTheirDayAliveForTheirNextPastTenseOne() {
        var doc = org.sitrep.testkit.HandParsed
                .text("The town fell.\n\nReed said on Tuesday the line held.\n\nReed says the port is shut.\n\n"
                        + "Kim added it rained.\n\nIt was cold.\n\nReed added the town fell.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("The DT 2 det", "town NN 3 nsubj", "fell/fall VBD 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "on IN 4 case", "Tuesday NNP 2 obl", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 2 ccomp", ". . 2 punct")
                .sentence("Reed NNP 2 nsubj", "says/say VBZ 0 root", "the DT 4 det", "port NN 6 nsubj", "is/be VBZ 6 cop",
                        "shut JJ 2 ccomp", ". . 2 punct")
                .sentence("Kim NNP 2 nsubj", "added/add VBD 0 root", "it PRP 4 nsubj", "rained/rain VBD 2 ccomp",
                        ". . 2 punct")
                .sentence("It PRP 3 nsubj", "was/be VBD 3 cop", "cold JJ 0 root", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "added/add VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "fell/fall VBD 2 ccomp", ". . 2 punct")
                .actor("Reed", "USAGOV", "Reed").person("Reed").actor("Kim", "KORGOV", "Kim").person("Kim")
                .time("Tuesday", LocalDate.of(2026, 3, 10))
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.PUBLICATION,
                DateBasis.PUBLICATION, DateBasis.DISCOURSE);
        assertThat(claims.get(3).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    }
}
