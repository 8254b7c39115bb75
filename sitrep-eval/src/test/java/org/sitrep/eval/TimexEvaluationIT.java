package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.nlp.TemporalTaggers;
import org.sitrep.nlp.TemporalTaggers.Tagger;

/**
 * TempEval-3 Task A on TBAQ-cleaned (../shared/eval/tempeval3): an accuracy gate for the production tagger, and
 * agreement of our figures with the official scorer (../shared/tools/te3-score/score.sh, Python 2.7 + Java).
 * Loads CoreNLP and HeidelTime; CoreNLP's output is cached under the project's target/timex-cache (the first run
 * over all 256 files takes tens of minutes on a shared 2-core machine). Skipped when the data or the scorer's
 * Python is absent.
 */
class TimexEvaluationIT {
    private static final Tagger PRODUCTION = Tagger.valueOf(TemporalTaggers.DEFAULT);

    /** The shared folder: $SITREP_SHARED, else the first ancestor of the working directory holding shared/eval. */
    static Path shared() {
        String env = System.getenv("SITREP_SHARED");
        if (env != null && Files.isDirectory(Path.of(env, "eval"))) return Path.of(env);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("shared/eval"))) return p.resolve("shared");
        return null;
    }

    /** The project root (the folder holding sitrep-core), for the cache under its target/. */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("sitrep-core"))) return p;
        return Path.of("").toAbsolutePath();
    }

    private static Path tbaq() {
        Path shared = shared();
        Path dir = shared == null ? null : shared.resolve("eval/tempeval3/Training/TBAQ-cleaned");
        assumeTrue(dir != null && Files.isDirectory(dir), "TBAQ-cleaned not found under ../shared/eval; skipping");
        return dir;
    }

    private static TimexEvaluation evaluation(Tagger tagger, Path writeTml) {
        return new TimexEvaluation(TimexEvaluation.nlp(), TimexEvaluation.after(tagger, false),
                projectRoot().resolve("target/timex-cache"), writeTml);
    }

    @Test
    void productionTaggerMeetsTheValueF1FloorOnTbaq() throws IOException {
        Path dir = tbaq();
        List<TimexScorer.Counts> parts = new ArrayList<>();
        for (String sub : List.of("AQUAINT", "TimeBank"))
            parts.add(evaluation(PRODUCTION, null).evaluate(dir.resolve(sub), p -> {}).total());
        TimexScorer.Metrics m = parts.get(0).plus(parts.get(1)).metrics();
        // Measured 2026-11-27, branch timex3 (docs/EVALUATION.md): value F1 0.7937, relaxed F1 0.9329, strict F1 0.8549.
        assertThat(m.counts().gold()).isEqualTo(1822);
        assertThat(m.valueF1()).isGreaterThanOrEqualTo(0.793);
        assertThat(m.relaxedF1()).isGreaterThanOrEqualTo(0.932);
        assertThat(m.strictF1()).isGreaterThanOrEqualTo(0.854);
    }

    @Test
    void ourFiguresAgreeWithTheOfficialScorer(@TempDir Path out) throws Exception {
        Path gold = tbaq().resolve("AQUAINT");
        Path script = shared().resolve("tools/te3-score/score.sh");
        assumeTrue(Files.isExecutable(script), "official scorer " + script + " not found; skipping");
        assumeTrue(Files.isDirectory(Path.of(System.getProperty("user.home"), ".pyenv/versions/2.7.18")),
                "pyenv Python 2.7.18 (needed by the official scorer) not installed; skipping");
        TimexScorer.Metrics ours = evaluation(PRODUCTION, out).evaluate(gold, p -> {}).total().metrics();

        Process p = new ProcessBuilder("bash", script.toString(), gold.toString(), out.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(report).isZero();
        double[] official = officialFigures(report);
        double[] mine = {ours.strictF1(), ours.strictP(), ours.strictR(), ours.relaxedF1(), ours.relaxedP(),
                ours.relaxedR(), ours.valueF1(), ours.typeF1()};
        for (int i = 0; i < mine.length; i++)
            assertThat(100 * mine[i]).as("figure %d of the official report:%n%s", i, report)
                    .isCloseTo(official[i], within(0.006)); // the scorer prints two decimals
    }

    /** Strict F1 P R, relaxed F1 P R, value F1, type F1 from score.sh's "Timex Performance" block. */
    static double[] officialFigures(String report) {
        String[] lines = report.substring(report.indexOf("=== Timex Performance ===")).split("\n");
        List<Double> numbers = new ArrayList<>();
        for (String line : lines)
            if (line.startsWith("\t"))
                for (String f : line.trim().split("\\s+")) numbers.add(Double.parseDouble(f));
        assertThat(numbers).as(report).hasSizeGreaterThanOrEqualTo(8);
        double[] out = new double[8];
        for (int i = 0; i < 8; i++) out[i] = numbers.get(i);
        return out;
    }
}
