package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.testkit.EvalData;

/**
 * The place-resolution gate on the CIR Ukraine events dev file (../shared/eval/cir-ukraine-events/events_dev.csv).
 * Floors sit just under the figures measured on 2026-11-27 (docs/EVALUATION.md, "Places"); the dev file was also
 * used to develop the matcher, so these are development figures, not held-out ones.
 */
class PlaceEvaluationIT {
    @Test
    void structuredAndTextResolutionStayAtTheirMeasuredLevel() throws IOException {
        Path csv = EvalData.require("eval/cir-ukraine-events/events_dev.csv");
        PlaceEvaluation evaluation = new PlaceEvaluation(Gazetteer.global());

        PlaceEvaluation.Report theatre = evaluation.evaluate(csv, List.of("UA", "RU", "BY"), 0);
        assertThat(theatre.structured().rows()).isGreaterThan(4000);
        assertThat(theatre.structured().share10km()).as("structured within 10 km").isGreaterThanOrEqualTo(0.73);
        assertThat(theatre.structured().share50km()).as("structured within 50 km").isGreaterThanOrEqualTo(0.85);
        assertThat(theatre.structured().share10km()).as("beats exact-name lookup")
                .isGreaterThan(theatre.baseline().share10km() + 0.10);
        assertThat(theatre.text().rows()).isGreaterThan(1500);
        assertThat(theatre.text().share10km()).as("text within 10 km, prior UA,RU,BY").isGreaterThanOrEqualTo(0.77);

        PlaceEvaluation.Report noPrior = evaluation.evaluate(csv, List.of(), 0);
        assertThat(noPrior.text().share10km()).as("text within 10 km, no prior").isGreaterThanOrEqualTo(0.74);
    }
}
