package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.PlaceEvaluation;
import org.sitrep.json.Json;
import org.sitrep.resolve.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep eval places FILE.csv}: place resolution measured against gold coordinates. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Score place resolution on a CSV in the CIR Ukraine events format (title, brief description,",
                "lat, lon, country, province, district, town/city): structured fields and geoparsed text,",
                "share within 10 km and 50 km of the gold point."})
final class EvalPlacesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Rows to score.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--prior", split = ",", paramLabel = "ISO2",
            description = "Countries the text mode prefers when a text names none (a feed's theatre), e.g. UA,RU,BY.")
    List<String> prior = List.of();

    @Option(names = "--misses", paramLabel = "N", description = "Also list up to N misses per mode (error analysis).")
    int misses;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("sitrep eval places: no such file: " + file);
            return Main.USAGE;
        }
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.global();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        PlaceEvaluation.Report r = new PlaceEvaluation(gazetteer).evaluate(file, prior, misses);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(r));
            return Main.OK;
        }
        System.out.printf(Locale.ROOT, "Places: %s (gazetteer loaded in %d ms)%n", r.file(), loadMs);
        System.out.printf(Locale.ROOT, "%-40s %6s %9s %9s %9s%n", "mode", "rows", "coverage", "<=10 km", "<=50 km");
        row("structured (town, province, country)", r.structured());
        row("  ceiling: some name candidate near", r.oracle());
        row("  baseline: exact-name lookup", r.baseline());
        row("text (title + description)", r.text());
        System.out.println("structured by field used: " + r.structured().byBasis());
        System.out.println("text by kind found: " + r.text().byBasis());
        System.out.println("text mode: " + r.textMethod() + (r.priorCountries().isEmpty() ? "; no country prior"
                : "; country prior " + r.priorCountries()));
        System.out.println("text rows: those whose title or description names the gold town/city.");
        for (PlaceEvaluation.Miss m : r.misses())
            System.out.printf(Locale.ROOT, "miss %-10s %-8s %7.1f km  %s  =>  %s%n", m.mode(), m.entry(), m.km(),
                    m.query(), m.predicted());
        return Main.OK;
    }

    private static void row(String name, PlaceEvaluation.Score s) {
        System.out.printf(Locale.ROOT, "%-40s %6d %8.1f%% %8.1f%% %8.1f%%%n", name,
                s.rows(), 100 * s.coverage(), 100 * s.share10km(), 100 * s.share50km());
    }
}
