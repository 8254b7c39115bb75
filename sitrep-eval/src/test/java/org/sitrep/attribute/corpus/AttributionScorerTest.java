package org.sitrep.attribute.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.model.Span;

class AttributionScorerTest {
    // 0         1         2         3         4         5         6
    // 0123456789012345678901234567890123456789012345678901234567890123
    static final String TEXT = "The minister said: \"Prices will fall.\" Critics doubt it, too.";

    static final String GOLD = """
            T1\tSource 0 12\tThe minister
            T2\tCue 13 17\tsaid
            T3\tContent 19 38\t"Prices will fall."
            E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3
            T4\tSource 39 46\tCritics
            T5\tCue 47 52\tdoubt
            T6\tContent 53 55\tit
            E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6
            """;

    @Test
    void tokensFollowThePythonRegexAndDropBoundaryPunctuation() {
        ScorerTokens t = new ScorerTokens(TEXT);
        BitSet quoted = t.tokens(List.of(new Span(19, 38)));   // "Prices will fall."
        BitSet bare = t.tokens(List.of(new Span(20, 36)));     // Prices will fall
        assertThat(quoted).isEqualTo(bare);
        assertThat(quoted.cardinality()).isEqualTo(3);
        assertThat(t.tokens(List.of(new Span(17, 18))).cardinality()).isEqualTo(1); // ':' alone stays
        assertThat(t.strictKey(List.of(new Span(19, 38)))).isNotEqualTo(t.strictKey(List.of(new Span(20, 36))));
    }

    @Test
    void pythonWordAndSpaceClassesDifferFromJavaDefaults() {
        assertThat(ScorerTokens.isWord('½')).isTrue();        // No: Python \w, not Java's \w
        assertThat(ScorerTokens.isWord('\u0303')).isFalse(); // combining tilde: not Python \w
        assertThat(ScorerTokens.isSpace('\u00a0')).isTrue();  // no-break space is str.isspace()
        assertThat(new ScorerTokens("a\u0303b").size()).isEqualTo(3);
    }

    @Test
    void perfectPredictionScoresOneEverywhere() {
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, BratAnnotations.parse(GOLD), BratAnnotations.parse(GOLD));
        for (String key : s.keys()) assertThat(s.counts(key).f1()).as(key).isEqualTo(1.0);
    }

    @Test
    void partialPredictionIsCountedPerMetric() {
        String pred = """
                T1\tSource 4 12\tminister
                T2\tCue 13 17\tsaid
                T3\tContent 20 36\tPrices will fall
                E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3
                T4\tCue 47 52\tdoubt
                T5\tContent 53 58\tit, t
                E2\tAttribution-no-source:T4 Cue:T4 Content:T5
                """;
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, BratAnnotations.parse(GOLD), BratAnnotations.parse(pred));
        assertThat(s.counts("cue/exact")).isEqualTo(new AttributionScorer.Counts(2, 2, 2, 2));
        assertThat(s.counts("source/exact")).isEqualTo(new AttributionScorer.Counts(0, 1, 0, 2));
        assertThat(s.counts("source/token")).isEqualTo(new AttributionScorer.Counts(1, 1, 1, 3));
        assertThat(s.counts("content/exact")).isEqualTo(new AttributionScorer.Counts(1, 2, 1, 2));
        assertThat(s.counts("content/strict")).isEqualTo(new AttributionScorer.Counts(0, 2, 0, 2));
        assertThat(s.counts("content/token")).isEqualTo(new AttributionScorer.Counts(4, 5, 4, 4));
        // the second relation lacks the gold source, so only the first matches
        assertThat(s.counts("rel/match")).isEqualTo(new AttributionScorer.Counts(1, 2, 1, 2));
        assertThat(s.counts("rel_no_source/match")).isEqualTo(new AttributionScorer.Counts(2, 2, 2, 2));
        assertThat(s.counts("rel/match").f1()).isEqualTo(0.5);
    }

    @Test
    void oneToOneMatchingChargesASplitRelation() {
        String pred = """
                T1\tCue 13 17\tsaid
                T2\tSource 0 12\tThe minister
                T3\tContent 20 26\tPrices
                E1\tAttribution:T1 Cue:T1 Source:T2 Content:T3
                T4\tCue 13 17\tsaid
                T5\tSource 4 12\tminister
                T6\tContent 27 36\twill fall
                E2\tAttribution:T4 Cue:T4 Source:T5 Content:T6
                """;
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, BratAnnotations.parse(GOLD), BratAnnotations.parse(pred));
        assertThat(s.counts("rel/match")).isEqualTo(new AttributionScorer.Counts(2, 2, 1, 2));
        assertThat(s.counts("rel/match1to1")).isEqualTo(new AttributionScorer.Counts(1, 2, 1, 2));
    }

    @Test
    void percentagesRoundHalfEvenOnTheBinaryValueAsPythonDoes() {
        assertThat(AttributionScorer.pct(0.4625)).isEqualTo("46.2"); // Java's %.1f would print 46.3
        assertThat(AttributionScorer.pct(0.0075)).isEqualTo("0.8");
        assertThat(AttributionScorer.pct(0.0)).isEqualTo("0.0");
        assertThat(AttributionScorer.pct(1.0)).isEqualTo("100.0");
    }
}
