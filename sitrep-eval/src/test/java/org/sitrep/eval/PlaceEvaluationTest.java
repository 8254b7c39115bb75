package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.resolve.Gazetteer;

class PlaceEvaluationTest {
    private static final String HEADER = "entry,date,event_group,title,brief description,lat,lon,country,province,"
            + "district,town/city,arms/munition,violence level,link,geolocation\n";

    @Test
    void scoresStructuredAndTextRowsAgainstGoldCoordinates(@TempDir Path dir) throws IOException {
        // invented rows; coordinates are the towns' own (Lysychansk, Bucha) and a deliberately wrong one
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, HEADER
                + "T1,2022-05-01,g,\"Smoke rising over Lysyschans'k\",\"Smoke rising over Lysyschans'k\",48.904,38.442,"
                + "Ukraine,Luhansk Oblast,,Lysyschans'k,,1,,\n"
                + "T2,2022-04-02,g,Street scene,Street scene,50.543,30.212,Ukraine,Kyiv Oblast,,Bucha,,1,,\n"
                + "T3,2022-04-03,g,Fire in Bucha,Fire in Bucha,40.0,20.0,Ukraine,Kyiv Oblast,,Bucha,,1,,\n");
        PlaceEvaluation.Report r = new PlaceEvaluation(Gazetteer.global()).evaluate(csv, List.of(), 5);
        assertThat(r.structured().rows()).isEqualTo(3);
        assertThat(r.structured().within10km()).isEqualTo(2);
        assertThat(r.text().rows()).as("T2's text names no place").isEqualTo(2);
        assertThat(r.text().within10km()).isEqualTo(1);
        assertThat(r.misses()).extracting(PlaceEvaluation.Miss::entry).contains("T3");
    }

    @Test
    void namesFindsTheTownUnderAnotherSpelling() {
        assertThat(PlaceEvaluation.names("Strike near Lysychansk", "Lysychans'k")).isTrue();
        assertThat(PlaceEvaluation.names("Strike near Velyka Novosilka today", "Velyka Novosilka")).isTrue();
        assertThat(PlaceEvaluation.names("Strike near Kharkiv", "Kherson")).isFalse();
        assertThat(PlaceEvaluation.names("anything", "")).isFalse();
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedWithTheirNames(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        assertThatThrownBy(() -> new PlaceEvaluation(Gazetteer.global()).evaluate(csv, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("town/city");
    }
}
