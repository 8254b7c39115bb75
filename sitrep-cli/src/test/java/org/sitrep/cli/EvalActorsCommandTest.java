package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import picocli.CommandLine;

class EvalActorsCommandTest {
    private static final String RECORD = "{\"date\": \"2025-04-28\", \"text\": \"Russian forces shelled Kyiv overnight.\", "
            + "\"source\": [{\"code\": \"RUS\", \"sector\": \"MIL\"}], \"target\": [{\"code\": \"UKR\"}]}\n";

    private static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void printsATable(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.jsonl"), RECORD);
        String[] r = run("eval", "actors", "--picker", "linear", f.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("country accuracy").containsPattern("source\\s+1\\s+1\\.000\\s+1\\.000");
    }

    @Test
    void printsOneJsonObject(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.jsonl"), RECORD);
        String[] r = run("eval", "actors", "--picker", "linear", "--json", f.toString());
        assertThat(r[0]).isEqualTo("0");
        JsonNode json = Json.mapper().readTree(r[1]);
        assertThat(json.path("task").asText()).isEqualTo("actors");
        assertThat(json.path("target").path("countryAccuracy").asDouble()).isEqualTo(1.0);
    }

    @Test
    void unknownPickerIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("r.jsonl"), RECORD);
        String[] r = run("eval", "actors", "--picker", "oracle", f.toString());
        assertThat(r[0]).isNotEqualTo("0");
        assertThat(r[2]).contains("--picker").contains("parse, linear");
    }

    @Test
    void missingFileIsAUsageError(@TempDir Path dir) {
        String[] r = run("eval", "actors", dir.resolve("absent.jsonl").toString());
        assertThat(r[0]).isEqualTo(String.valueOf(Main.USAGE));
        assertThat(r[2]).contains("No such file");
    }
}
