package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.CueClass;
import org.sitrep.testkit.HandParsed;

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

    @Test
    void learnedContentDoesNotWidenPastAnotherSpeechActOfTheSameSpeaker() {
        Doc participle = HandParsed.text("The envoy declared neutrality, speaking of the country as a bridge.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "declared/declare VBD 0 root", "neutrality NN 3 obj",
                        ", , 6 punct", "speaking/speak VBG 3 advcl", "of IN 9 case", "the DT 9 det", "country NN 6 obl",
                        "as IN 12 case", "a DT 12 det", "bridge NN 6 obl", ". . 3 punct")
                .build();
        assertThat(widenedContent(participle, "declared", "The envoy", "neutrality, speaking of the country as a bridge"))
                .isEqualTo("neutrality");
        Doc added = HandParsed.text("The minister said the border is closed and added that it stays so.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det",
                        "border NN 7 nsubj:pass", "is/be VBZ 7 aux:pass", "closed/close VBN 3 ccomp", "and CC 9 cc",
                        "added/add VBD 3 conj", "that IN 12 mark", "it PRP 12 nsubj", "stays/stay VBZ 9 ccomp",
                        "so RB 12 advmod", ". . 3 punct")
                .build();
        assertThat(widenedContent(added, "said", "The minister", "the border is closed and added that it stays so"))
                .isEqualTo("the border is closed");
    }

    @Test
    void learnedContentDoesNotWidenPastTheReportersCircumstancesButPastAmid() {
        Doc with = HandParsed.text("The minister said aid continued, with the war entering its third year.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "said/say VBD 0 root", "aid NN 5 nsubj", "continued/continue VBD 3 ccomp",
                        ", , 9 punct", "with IN 9 mark", "the DT 9 det", "war NN 5 advcl", "entering/enter VBG 9 acl",
                        "its PRP$ 13 nmod:poss", "third JJ 13 amod", "year NN 10 obj", ". . 3 punct")
                .build();
        assertThat(widenedContent(with, "said", "The minister", "aid continued, with the war entering its third year"))
                .isEqualTo("aid continued");
        Doc amid = HandParsed.text("The paper reported that talks stalled, amid a dispute over gas.")
                .sentence("The DT 2 det", "paper NN 3 nsubj", "reported/report VBD 0 root", "that IN 6 mark", "talks NNS 6 nsubj",
                        "stalled/stall VBD 3 ccomp", ", , 10 punct", "amid IN 10 case", "a DT 10 det", "dispute NN 6 obl",
                        "over IN 12 case", "gas NN 10 nmod", ". . 3 punct")
                .build();
        assertThat(widenedContent(amid, "reported", "The paper", "talks stalled, amid a dispute over gas"))
                .isEqualTo("talks stalled, amid a dispute over gas");
    }

    /** The content of the rule claim of {@code cue} after a learned attribution with the given content widened it. */
    private static String widenedContent(Doc doc, String cue, String source, String learnedContent) {
        java.util.function.Function<String, Span> at = w -> new Span(doc.text().indexOf(w), doc.text().indexOf(w) + w.length());
        Claim rule = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS).stream()
                .filter(c -> c.cue().of(doc.text()).equals(cue)).findFirst().orElseThrow();
        Attribution a = new Attribution(at.apply(cue), List.of(at.apply(source)), List.of(at.apply(learnedContent)), 0.9);
        SpeakerResolver speakers = new SpeakerResolver(doc);
        LearnedMerge merge = new LearnedMerge(doc, List.of(a), speakers, new ReportingChains(doc), new StatementDater(doc));
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        return merge.withLearnedContent(rule, g, CueFinder.find(g)).content().of(doc.text());
    }
}
