package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.attribute.ClaimExtractor;
import org.sitrep.model.Stage;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.resolve.TimeResolver;

class ClaimEvaluationTest {
    @Test
    void theStandardPipelineSplitsBeforeItsClaimExtractorAndKeepsTheStagesAfterIt() {
        List<Stage> stages = Analyzer.standard().pipeline().stages();
        ClaimEvaluation.Split split = ClaimEvaluation.Split.beforeClaims(stages);

        assertThat(split.from().get(0)).isInstanceOf(ClaimExtractor.class);
        assertThat(split.before()).noneMatch(s -> s instanceof ClaimExtractor);
        // nothing dropped, nothing reordered: the scored claims are the ones the pipeline stores
        assertThat(concat(split.before(), split.from())).containsExactlyElementsOf(stages);
    }

    @Test
    void theEvaluationBuildsOnTheStandardPipelineWhateverRunsAfterTheClaimExtractor() {
        // main once refused to build because the events and assertion stages came after the claim extractor
        new ClaimEvaluation(null);
        List<Stage> stages = Analyzer.standard().pipeline().stages();
        assertThat(stages.get(stages.size() - 1)).isNotInstanceOf(ClaimExtractor.class);
    }

    @Test
    void aPipelineWithoutAClaimExtractorIsRefusedNamingItsStages() {
        assertThatThrownBy(() -> ClaimEvaluation.Split.beforeClaims(List.of(new TimeResolver())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(new TimeResolver().name());
    }

    private static List<Stage> concat(List<Stage> a, List<Stage> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
