package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.EvalData;

/**
 * ECB+ cross-document event coreference on the dev split (what the thresholds were chosen on), with sitrep's own
 * document groups; floors just under the figures of 2026-12-04 (docs/EVALUATION.md, "Cross-document linking").
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
}
