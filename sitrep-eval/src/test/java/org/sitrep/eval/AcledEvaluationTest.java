package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.resolve.ActorRegistry;

class AcledEvaluationTest {
    private static final Path ROWS = Path.of("src/test/resources/acled/invented-rows.csv");

    @Test
    void regionsCompareAcrossGeoNamesAndAcledSpellings() {
        assertThat(AcledEvaluation.region("Belgorod Oblast")).isEqualTo(AcledEvaluation.region("Belgorod"));
        assertThat(AcledEvaluation.region("Kharkiv")).isEqualTo("kharkiv");
        assertThat(AcledEvaluation.region("Donetsk")).isNotEqualTo(AcledEvaluation.region("Luhansk"));
    }

    @Test
    void readsEveryRowAndScoresAnAnalyzerThatFindsNothingAsWrong() throws IOException {
        AcledEvaluation.Result r = new AcledEvaluation(a -> Doc.of(a).with(Layer.EVENTS, List.of()),
                ActorRegistry.standard()).run(ROWS);
        assertThat(r.records()).isEqualTo(12);
        assertThat(r.eventType()).isZero();
        assertThat(r.within10km()).isZero();
        assertThat(r.actor1Scored()).isEqualTo(12); // every actor1 names a country the registry knows
        // rows with no deaths are right about fatalities when nothing is found
        assertThat(r.fatalities()).isEqualTo(7);
        assertThat(r.rows()).hasSize(12).allMatch(l -> l.contains("no event"));
    }
}
