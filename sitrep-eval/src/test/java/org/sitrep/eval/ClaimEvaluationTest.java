package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.attribute.ClaimExtractor;
import org.sitrep.model.Stage;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.HeidelTimeStage;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.TimeResolver;

class ClaimEvaluationTest {
    @Test
    void theCacheKeepsOnlyTheParseSoActorCodingAndClaimChangesShowInACachedRun() {
        List<Stage> stages = Analyzer.standard().pipeline().stages();
        ClaimEvaluation.Split split = ClaimEvaluation.Split.afterParse(stages);

        assertThat(split.parse()).allMatch(s -> s instanceof CoreNlpStage || s instanceof HeidelTimeStage);
        assertThat(split.after()).anyMatch(s -> s instanceof ActorResolver).anyMatch(s -> s instanceof ClaimExtractor)
                .anyMatch(s -> s instanceof TimeResolver);
        // nothing dropped, nothing reordered: the scored claims are the ones the pipeline stores
        assertThat(concat(split.parse(), split.after())).containsExactlyElementsOf(stages);
    }

    @Test
    void theEvaluationBuildsOnTheStandardPipelineWhateverRunsAfterTheClaimExtractor() {
        // main once refused to build because the events and assertion stages came after the claim extractor
        new ClaimEvaluation(null);
        List<Stage> stages = Analyzer.standard().pipeline().stages();
        assertThat(stages.get(stages.size() - 1)).isNotInstanceOf(ClaimExtractor.class);
    }

    @Test
    void aPipelineThatDoesNotStartWithAParseIsRefusedNamingItsStages() {
        assertThatThrownBy(() -> ClaimEvaluation.Split.afterParse(List.of(new TimeResolver())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(new TimeResolver().name());
    }

    private static List<Stage> concat(List<Stage> a, List<Stage> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
