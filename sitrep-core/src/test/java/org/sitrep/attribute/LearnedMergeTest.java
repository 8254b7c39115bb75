package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.CueClass;

class LearnedMergeTest {
    private static final Doc DOC = ClaimFixtures.denialThenPronoun();

    private static Span span(String words) {
        int start = DOC.text().indexOf(words);
        return new Span(start, start + words.length());
    }

    private static LearnedMerge merge(Attribution... learned) {
        SpeakerResolver speakers = new SpeakerResolver(DOC);
        return new LearnedMerge(DOC, List.of(learned), speakers, new ReportingChains(DOC), new StatementDater(DOC));
    }

    @Test
    void learnedContentWidensARuleContentToTheRight() {
        Claim rule = new ClaimExtractor(null).apply(DOC).get(Layer.CLAIMS).get(1);
        Claim cut = rule.withContent(span("11 attacks"), rule.evidence());
        Attribution a = new Attribution(span("said"), List.of(span("It")), List.of(span("11 attacks had been repelled")), 0.9);
        Claim widened = merge(a).withLearnedContent(cut);
        assertThat(widened.content().of(DOC.text())).isEqualTo("11 attacks had been repelled");
        assertThat(widened.evidence().span().contains(widened.content())).isTrue();
        // Another cue's learned content leaves the claim alone.
        Attribution other = new Attribution(span("denied"), List.of(), List.of(span("11 attacks had been repelled")), 0.9);
        assertThat(merge(other).withLearnedContent(cut)).isSameAs(cut);
    }

    @Test
    void aLearnedAttributionWithANamedSpeakerBecomesACappedClaim() {
        Attribution a = new Attribution(span("denied"), List.of(span("Ukraine's General Staff")), List.of(span("the claim")), 0.9);
        SentenceGraph g = SentenceGraph.of(DOC).get(0);
        Claim c = merge(a).learnedClaim(g, SentenceGraph.of(DOC), a).orElseThrow();
        assertThat(c.source().code()).isEqualTo("UKRMIL");
        assertThat(c.cueClass()).isEqualTo(CueClass.DENY);
        assertThat(c.evidence().stage()).isEqualTo("claims.tagger");
        assertThat(c.evidence().confidence()).isEqualTo(0.7);
    }

    @Test
    void aLowConfidenceOrAVagueSpeakerGivesNoClaim() {
        SentenceGraph g = SentenceGraph.of(DOC).get(0);
        Attribution unsure = new Attribution(span("denied"), List.of(span("Ukraine's General Staff")), List.of(span("the claim")), 0.4);
        assertThat(merge(unsure).learnedClaim(g, SentenceGraph.of(DOC), unsure)).isEmpty();
        Attribution vague = new Attribution(span("denied"), List.of(span("the claim")), List.of(span("11 attacks")), 0.9);
        assertThat(merge(vague).learnedClaim(g, SentenceGraph.of(DOC), vague)).isEmpty();
    }

    @Test
    void contentFragmentsAreJoinedUnlessTheyEncloseTheCue() {
        Attribution joined = new Attribution(span("It"), List.of(), List.of(span("11"), span("repelled")), 0.9);
        assertThat(LearnedMerge.contentOf(joined).of(DOC.text())).isEqualTo("11 attacks had been repelled");
        Attribution around = new Attribution(span("said"), List.of(), List.of(span("It"), span("11 attacks")), 0.9);
        assertThat(LearnedMerge.contentOf(around).of(DOC.text())).isEqualTo("11 attacks");
    }
}
