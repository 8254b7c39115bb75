package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.encode.Encoder;
import org.sitrep.testkit.EvalData;

/**
 * ECB+ cross-document event coreference on the dev split (what the thresholds were chosen on), with sitrep's own
 * document groups; floors just under the figures of 2026-12-04 (the rule) and 2026-12-06 (the adopted mention-pair
 * model with MiniLM trigger vectors, in document groups split by their anchors and with lone documents attached
 * since 2026-12-06 (78.77);
 * docs/EVALUATION.md, "Cross-document linking").
 */
class LinkingEvaluationIT {
    @Test
    void devScoresStayAtTheirMeasuredLevelAndBeatTheLemmaBaseline() throws Exception {
        Path dir = EvalData.require("eval/ecbplus");
        EcbPlus.Corpus dev = EcbPlus.read(dir, "dev");
        assertThat(dev.mentions()).hasSize(1245);
        var key = LinkingEvaluation.key(dev.mentions());
        assertThat(CorefMetrics.clusters(key)).hasSize(409);
        var p = LinkingEvaluation.Params.standard();
        var groups = LinkingEvaluation.documentClusters(dev.documents(), p.docThreshold());
        var stats = LinkingEvaluation.learn(EcbPlus.read(dir, "train"));
        double sitrep = CorefMetrics.score(key, LinkingEvaluation.link(dev.mentions(), groups, stats, p)).conll();
        double lemma = CorefMetrics.score(key, LinkingEvaluation.link(dev.mentions(), groups, stats, p.baseline())).conll();
        assertThat(sitrep).isGreaterThanOrEqualTo(75.3);
        assertThat(sitrep).isGreaterThan(lemma);
    }

    @Test
    void theAdoptedPairModelStaysAtItsDevLevel() throws Exception {
        Path dir = EvalData.require("eval/ecbplus");
        EcbPlus.Corpus train = EcbPlus.read(dir, "train"), dev = EcbPlus.read(dir, "dev");
        Encoder encoder = Encoder.miniLm();
        var model = MentionPairs.train(train, MentionVectors.of(encoder, train, null), MentionPairs.ADOPTED);
        var cx = new MentionPairs.Context(dev, MentionVectors.of(encoder, dev, null));
        var groups = LinkingEvaluation.splitByAnchors(dev.documents(), LinkingEvaluation.documentClusters(dev.documents(),
                LinkingEvaluation.Params.standard().docThreshold()), LinkingEvaluation.Params.ANCHOR_THRESHOLD,
                LinkingEvaluation.Params.ANCHOR_MIN_PART);
        var response = MentionPairs.cluster(MentionPairs.score(cx, groups, model), MentionPairs.THRESHOLD);
        assertThat(CorefMetrics.score(LinkingEvaluation.key(dev.mentions()), response).conll()).isGreaterThanOrEqualTo(78.7);
    }
}
