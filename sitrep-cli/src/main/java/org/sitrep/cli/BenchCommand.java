package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Throughput of sitrep's pipeline beside CoreNLP's own full pipeline on the same articles, each in a fresh JVM.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark sitrep's pipeline against CoreNLP's full pipeline (" + BenchWorker.CORENLP_FULL
                + ") on the same articles: articles/s, tokens/s, peak heap, cold start.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "Articles to run (any readable input, e.g. JSON Lines).")
    Path corpus;

    @Option(names = "--limit", description = "Use the first N articles (default: all).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", description = "Worker threads for both systems (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sitrep-heap", description = "Maximum heap of sitrep's JVM (default: ${DEFAULT-VALUE}).")
    String sitrepHeap = "4g";

    @Option(names = "--corenlp-heap", description = "Maximum heap of CoreNLP's JVM (default: ${DEFAULT-VALUE}).")
    String corenlpHeap = "12g";

    @Option(names = "--skip-corenlp", description = "Run sitrep only.")
    boolean skipCoreNlp;

    @Option(names = "--encoder", arity = "0..1", fallbackValue = "minilm", paramLabel = "MODEL",
            description = "Also run sitrep with the encode stage after its pipeline: minilm (the default; system sitrep+encode) or bert-base (system sitrep+bert-base, needs a build with -Pbert).")
    String encoder;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isReadable(corpus)) throw new IllegalArgumentException("cannot read corpus " + corpus);
        List<BenchWorker.Result> results = new ArrayList<>();
        results.add(runWorker("sitrep", sitrepHeap));
        if (!skipCoreNlp) results.add(runWorker("corenlp-full", corenlpHeap));
        if (encoder != null) {
            String key = org.sitrep.encode.Encoder.key(encoder);
            results.add(runWorker(key.equals("minilm") ? "sitrep+encode" : "sitrep+" + key, sitrepHeap));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("corpus", corpus.toString());
            ArrayNode systems = root.putArray("systems");
            for (BenchWorker.Result r : results) {
                ObjectNode o = Json.mapper().valueToTree(r);
                o.put("articlesPerSecond", r.articles() / r.seconds());
                o.put("tokensPerSecond", r.tokens() / r.seconds());
                systems.add(o);
            }
            if (!skipCoreNlp) root.put("speedup", speedup(results.get(0), results.get(1)));
            if (!skipCoreNlp && encoder != null) root.put("speedupWithEncoder", speedup(results.get(2), results.get(1)));
            out.println(root);
        } else {
            out.printf("corpus %s, %d articles, %d thread(s)%n", corpus, results.get(0).articles(), threads);
            out.printf("%-14s %10s %12s %11s %13s %12s %7s%n", "system", "articles/s", "tokens/s", "seconds", "peak heap MiB", "cold start s", "failed");
            for (BenchWorker.Result r : results)
                out.printf("%-14s %10.2f %12.0f %11.1f %13.0f %12.1f %7d%n", r.system(), r.articles() / r.seconds(),
                        r.tokens() / r.seconds(), r.seconds(), r.peakHeapMiB(), r.coldStartSeconds(), r.failed());
            if (!skipCoreNlp) out.printf("sitrep is %.1fx CoreNLP's full pipeline in articles/s%n", speedup(results.get(0), results.get(1)));
            if (!skipCoreNlp && encoder != null)
                out.printf(results.get(2).system() + " is %.1fx CoreNLP's full pipeline in articles/s%n", speedup(results.get(2), results.get(1)));
        }
        out.flush();
        return Main.OK;
    }

    private static double speedup(BenchWorker.Result a, BenchWorker.Result b) {
        return (a.articles() / a.seconds()) / (b.articles() / b.seconds());
    }

    private BenchWorker.Result runWorker(String system, String heap) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                BenchWorker.class.getName(), system, corpus.toString(), String.valueOf(limit), String.valueOf(threads));
        Path log = Files.createTempFile("sitrep-bench-" + system, ".log");
        pb.redirectError(log.toFile());
        spec.commandLine().getErr().println("bench: running " + system + " (stderr in " + log + ") …");
        Process p = pb.start();
        String last = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) last = line;
        }
        int code = p.waitFor();
        if (code != 0 || last == null || !last.startsWith("{"))
            throw new IllegalStateException(system + " benchmark JVM failed with exit code " + code + "; its log: " + log);
        return Json.mapper().readValue(last, BenchWorker.Result.class);
    }
}
