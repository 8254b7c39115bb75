package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.testkit.Invariants;
import org.sitrep.model.CueClass;
import org.sitrep.model.Stance;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.DateBasis;

/** Claims from an article written for this test, through the real pipeline (CoreNLP, registry). */
class ClaimExtractorIT {
    private static final String TEXT = """
            Russia's Defence Ministry said on Tuesday that its forces had "liberated" the village of Predtechyne.

            Ukraine's General Staff denied the claim. It reported that 11 attacks had been repelled near the village \
            on March 11.

            According to the regional governor, four civilians were killed in the shelling.

            Belarus for the first time publicly acknowledged that its instructors were training Russian units. \
            This was reported by the state news agency BelTA.

            The European Union called on Moscow to stop the attacks. At that time, the Kremlin allegedly \
            rejected any talks.""";

    private static Doc doc;

    @BeforeAll
    static void analyze() {
        Article a = Article.of("Meridian Wire", "https://meridian.example/a1", "en", LocalDate.of(2026, 3, 12), null,
                "Test", TEXT, "test");
        doc = Analyzer.standard().analyze(a);
        Invariants.check(doc);
    }

    private static Optional<Claim> withCue(String cueLemma) {
        return doc.get(Layer.CLAIMS).stream().filter(c -> c.cueLemma().equals(cueLemma)).findFirst();
    }

    private static String text(org.sitrep.model.Span s) {
        return s.of(TEXT);
    }

    @Test
    void reportedSpeechWithScareQuotesIsDistancedAndDated() {
        Claim c = withCue("say").orElseThrow();
        assertThat(c.source().code()).startsWith("RUS");
        assertThat(text(c.content())).isEqualTo("its forces had \"liberated\" the village of Predtechyne");
        assertThat(c.stance()).isEqualTo(Stance.DISTANCED);
        assertThat(c.statementDate()).isEqualTo(LocalDate.of(2026, 3, 10)); // the Tuesday before Thursday the 12th
        assertThat(c.chain().get(0).name()).isEqualTo("Meridian Wire");
    }

    @Test
    void denialHasDenyingPolarityAndPronounsFindTheirSpeaker() {
        Claim denial = withCue("deny").orElseThrow();
        assertThat(denial.polarity()).isEqualTo(ClaimPolarity.DENIES);
        assertThat(denial.source().code()).isEqualTo("UKRMIL");
        Claim report = withCue("report").orElseThrow();
        assertThat(text(report.source().mention())).isEqualTo("It");
        assertThat(report.source().code()).isEqualTo("UKRMIL");
        // the date inside the content dates the attacks, and a report of March 11 is not the lede's Tuesday (10th)
        assertThat(report.statementDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(report.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void accordingToNamesTheSourceAndTheRestIsContent() {
        Claim c = withCue("according to").orElseThrow();
        assertThat(text(c.source().mention())).isEqualTo("the regional governor");
        assertThat(text(c.content())).isEqualTo("four civilians were killed in the shelling");
    }

    @Test
    void firstAcknowledgmentRelayedByStateMedia() {
        Claim c = withCue("acknowledge").orElseThrow();
        assertThat(c.firstTime()).isTrue();
        assertThat(c.source().code()).isEqualTo("BLR");
        assertThat(c.chain()).extracting(r -> r.code()).containsExactly(null, "BLRMED", "BLR");
        assertThat(doc.get(Layer.CLAIMS)).noneMatch(x -> x.cueLemma().equals("report") && text(x.content()).equals("This"));
    }

    @Test
    void demandAndDiscourseDate() {
        Claim demand = withCue("call on").orElseThrow();
        assertThat(demand.cueClass()).isEqualTo(CueClass.DEMAND);
        assertThat(text(demand.content())).isEqualTo("Moscow to stop the attacks");
        Claim rejection = withCue("reject").orElseThrow();
        assertThat(rejection.stance()).isEqualTo(Stance.DISTANCED);
        assertThat(rejection.polarity()).isEqualTo(ClaimPolarity.DENIES);
        assertThat(rejection.source().code()).startsWith("RUS");
    }

    @Test
    void everyClaimPointsIntoTheText() {
        List<Claim> claims = doc.get(Layer.CLAIMS);
        assertThat(claims).hasSizeGreaterThanOrEqualTo(6);
        for (Claim c : claims) {
            assertThat(c.evidence().span().contains(c.cue())).isTrue();
            assertThat(c.content().end()).isLessThanOrEqualTo(TEXT.length());
        }
    }

    @Test
    void aDateAfterThatDatesTheEventsNotTheStatement() {
        String text = "The ministry said on Tuesday that its forces had taken the village. The ministry also said that "
                + "on the evening of March 9 the air force struck a deployment point.";
        Doc d = Analyzer.standard().analyze(Article.of("Meridian Wire", "https://meridian.example/a3", "en",
                LocalDate.of(2026, 3, 12), null, "Test", text, "test"));
        List<Claim> claims = d.get(Layer.CLAIMS);
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(claims.get(0).dateBasis()).isEqualTo(DateBasis.EXPLICIT);
        assertThat(claims.get(1).content().of(text)).startsWith("on the evening of March 9 the air force struck");
        // March 9 dates the strike; the statement, told in the past after a dated lede, is the lede's Tuesday
        assertThat(claims.get(1).statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(claims.get(1).dateBasis()).isEqualTo(DateBasis.DISCOURSE);
    }

    @Test
    void aQuotedPhraseIsTheSpeakersWordsNotTheReportersDistance() {
        String text = "The ministry said it had sent \u201ca number\u201d of drones to the front line near the city.";
        Doc d = Analyzer.standard().analyze(Article.of("Meridian Wire", "https://meridian.example/a4", "en",
                LocalDate.of(2026, 3, 12), null, "Test", text, "test"));
        assertThat(d.get(Layer.CLAIMS)).singleElement().satisfies(c -> assertThat(c.stance()).isEqualTo(Stance.NEUTRAL));
    }

    @Test
    void anInvertedSpeakerAfterAQuotationIsTheSource() {
        String text = "\"We are ready for talks, but not for surrender,\" said Foreign Minister Dmytro Kuleba on Monday.";
        Doc d = Analyzer.standard().analyze(Article.of("Meridian Wire", "https://meridian.example/a5", "en",
                LocalDate.of(2026, 3, 12), null, "Test", text, "test"));
        assertThat(d.get(Layer.CLAIMS)).singleElement().satisfies(c -> {
            assertThat(c.source().mention().of(text)).contains("Dmytro Kuleba");
            // a quotation before its speaker keeps its marks (as the real-news annotation marks content)
            assertThat(c.content().of(text)).isEqualTo("\"We are ready for talks, but not for surrender,\"");
            assertThat(c.statementDate()).isEqualTo(LocalDate.of(2026, 3, 9));
        });
    }

    @Test
    void aReportingVerbWithAParticleIsAnotherVerb() {
        String text = "Analysts say the official figures do not add up. The ministry called off the talks on Friday.";
        Doc d = Analyzer.standard().analyze(Article.of("Meridian Wire", "https://meridian.example/a6", "en",
                LocalDate.of(2026, 3, 12), null, "Test", text, "test"));
        assertThat(d.get(Layer.CLAIMS)).extracting(c -> c.cue().of(text)).containsExactly("say");
    }
}
