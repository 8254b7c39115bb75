package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;

class EvalPlacesCommandTest {
    private static final String CSV = "entry,date,event_group,title,brief description,lat,lon,country,province,"
            + "district,town/city,arms/munition,violence level,link,geolocation\n"
            + "T1,2022-05-01,g,Smoke over Kharkov,Smoke over Kharkov,49.99,36.23,Ukraine,Kharkiv Oblast,,Kharkov,,1,,\n";

    private record Run(int exit, String out) {}

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int exit = Main.commandLine().execute(args);
            return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void printsATableAndSaysTheTextModeNeedsNoModel(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("rows.csv"), CSV);
        Run r = run("eval", "places", csv.toString());
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("structured (town, province, country)", "text (title + description)", "no NER model");
        assertThat(r.out()).containsPattern("structured \\(town, province, country\\)\\s+1\\s+100\\.0%\\s+100\\.0%");
    }

    @Test
    void printsOneJsonObjectWithJson(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("rows.csv"), CSV);
        Run r = run("eval", "places", csv.toString(), "--json", "--prior", "UA,RU");
        assertThat(r.exit()).isEqualTo(Main.OK);
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.at("/structured/rows").asInt()).isEqualTo(1);
        assertThat(json.at("/structured/within10km").asInt()).isEqualTo(1);
        assertThat(json.at("/priorCountries").toString()).isEqualTo("[\"UA\",\"RU\"]");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("eval", "places", "/no/such/file.csv").exit()).isEqualTo(Main.USAGE);
    }
}
