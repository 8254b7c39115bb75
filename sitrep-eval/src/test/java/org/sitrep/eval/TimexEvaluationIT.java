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
import org.sitrep.testkit.EvalData;

/**
 * TempEval-3 Task A on TBAQ-cleaned (../shared/eval/tempeval3): an accuracy gate for the production tagger, and
 * agreement of our figures with the official scorer (../shared/tools/te3-score/score.sh, Python 2.7 + Java).
 * Loads CoreNLP and HeidelTime; CoreNLP's output is cached under the project's target/timex-cache (the first run
 * over all 256 files takes tens of minutes on a shared 2-core machine). A missing data set skips, or fails under
 * CI ({@link EvalData}); a missing Python 2.7 for the official scorer skips the agreement check.
 */
class TimexEvaluationIT {
    /** The tagger {@code Analyzer.standard()} runs: the gate scores what ships. */
    private static final Tagger PRODUCTION = TemporalTaggers.PRODUCTION;

    /** The project root (the folder holding sitrep-core), for the cache under its target/. */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("sitrep-core"))) return p;
        return Path.of("").toAbsolutePath();
    }

    private static Path tbaq() {
        return EvalData.require("eval/tempeval3/Training/TBAQ-cleaned");
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
        System.out.printf("TBAQ-cleaned, %s + resolver: value F1 %.4f, relaxed F1 %.4f, strict F1 %.4f%n", PRODUCTION,
                m.valueF1(), m.relaxedF1(), m.strictF1());
        // HeidelTime + resolver, measured 2026-11-27, branch timex3 (docs/EVALUATION.md): value F1 0.7933,
        // relaxed F1 0.9221, strict F1 0.8496.
        assertThat(m.counts().gold()).isEqualTo(1822);
        assertThat(m.valueF1()).isGreaterThanOrEqualTo(0.793);
        assertThat(m.relaxedF1()).isGreaterThanOrEqualTo(0.922);
        assertThat(m.strictF1()).isGreaterThanOrEqualTo(0.849);
    }

    @Test
    void ourFiguresAgreeWithTheOfficialScorer(@TempDir Path out) throws Exception {
        Path gold = tbaq().resolve("AQUAINT");
        Path script = EvalData.require("tools/te3-score/score.sh");
        assumeTrue(Files.isExecutable(script), "official scorer " + script + " not executable; skipping");
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
