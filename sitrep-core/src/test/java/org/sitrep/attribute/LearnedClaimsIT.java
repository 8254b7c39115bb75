package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.testkit.Invariants;
import org.sitrep.model.CueClass;

/**
 * What the learned tagger adds to the rules, on an article written for this test: claims whose cue the rules do
 * not read, and content the rules cut short. Compared with a rules-only extractor over the same analysis.
 */
class LearnedClaimsIT {
    private static final String TEXT = """
            Volunteers who drove 14 people out of Stupochky on Thursday said the road into the town was under \
            constant drone surveillance.

            "Our units have consolidated on the western outskirts of the village. Engineers are now clearing it of \
            mines," Colonel Andriy Hnatov told reporters.

            The head of the city administration, Vitaliy Lysenko, again called on the remaining residents, \
            especially families with children, to leave.""";

    private static List<Claim> withTagger, rulesOnly;

    @BeforeAll
    static void analyze() {
        Article a = Article.of("Meridian Wire", "https://meridian.example/a2", "en", LocalDate.of(2026, 3, 13), null,
                "Test", TEXT, "test");
        Doc doc = Analyzer.standard().analyze(a);
        Invariants.check(doc);
        withTagger = doc.get(Layer.CLAIMS);
        rulesOnly = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
    }

    private static Claim byCue(List<Claim> claims, String cue) {
        // the tagger may take an adverb into the cue, as PolNeAR's annotators often do ("again called on")
        return claims.stream().filter(c -> c.cue().of(TEXT).endsWith(cue)).findFirst().orElseThrow(
                () -> new AssertionError("no claim with cue '" + cue + "' among " + claims.stream().map(c -> c.cue().of(TEXT)).toList()));
    }

    @Test
    void learnedContentFinishesTheClauseTheRulesCutShort() {
        assertThat(byCue(rulesOnly, "said").content().of(TEXT)).isEqualTo("the road into the town");
        assertThat(byCue(withTagger, "said").content().of(TEXT))
                .isEqualTo("the road into the town was under constant drone surveillance");
    }

    @Test
    void aQuotationOverTwoSentencesIsOneContent() {
        String content = byCue(withTagger, "told").content().of(TEXT);
        assertThat(content).startsWith("\"Our units have consolidated").endsWith("clearing it of mines,\"");
    }

    @Test
    void aDemandTheRulesMissIsFoundWithItsNamedSpeaker() {
        Claim c = byCue(withTagger, "called on");
        assertThat(c.source().mention().of(TEXT)).contains("Vitaliy Lysenko");
        assertThat(c.cueClass()).isEqualTo(CueClass.DEMAND);
        assertThat(c.content().of(TEXT)).startsWith("the remaining residents").endsWith("to leave");
        assertThat(c.evidence().confidence()).isLessThanOrEqualTo(0.7);
        assertThat(c.evidence().stage()).isEqualTo("claims.tagger");
        assertThat(rulesOnly.stream().noneMatch(r -> r.cue().overlaps(c.cue()))).isTrue();
    }
}
