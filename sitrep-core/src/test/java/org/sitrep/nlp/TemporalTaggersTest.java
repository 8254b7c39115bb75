package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporalTaggersTest {
    @Test
    void theEvaluationDefaultIsTheTaggerThePipelineRuns() {
        assertThat(TemporalTaggers.Tagger.valueOf(TemporalTaggers.DEFAULT)).isEqualTo(TemporalTaggers.PRODUCTION);
    }
}
