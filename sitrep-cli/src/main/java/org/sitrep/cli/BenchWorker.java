package org.sitrep.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.sitrep.json.Json;
import org.sitrep.encode.EncodeStage;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.nlp.CoreNlpFullPipeline;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.read.ArticleReader;

/**
 * One side of the benchmark, in a JVM of its own so that cold start and peak heap are that side's alone.
 * Prints one JSON line: {@code {system, articles, failed, tokens, seconds, coldStartSeconds, peakHeapMiB, threads}};
 * {@code articles} counts the articles done, {@code failed} those the system threw on.
 * Usage: {@code BenchWorker sitrep|sitrep+encode|sitrep+bert-base|corenlp-full CORPUS LIMIT THREADS}.
 */
public final class BenchWorker {
    /** What a user would otherwise assemble: CoreNLP's own full English pipeline. */
    static final String CORENLP_FULL = CoreNlpFullPipeline.FULL;

    public record Result(String system, int articles, int failed, long tokens, double seconds, double coldStartSeconds,
                         double peakHeapMiB, int threads) {}

    public static void main(String[] args) throws Exception {
        HeapSampler heap = new HeapSampler();
        heap.start();
        String system = args[0];
        List<Article> articles = load(Path.of(args[1]), Integer.parseInt(args[2]));
        int threads = Integer.parseInt(args[3]);
        ToIntFunction<Article> run = switch (system) {
            case "sitrep" -> sitrep();
            case "sitrep+encode" -> sitrepEncoded("minilm");
            case "sitrep+bert-base" -> sitrepEncoded("bert-base");
            case "corenlp-full" -> coreNlpFull();
            default -> throw new IllegalArgumentException("system must be sitrep, sitrep+encode, sitrep+bert-base or corenlp-full; got " + system);
        };
        // Cold start: JVM start until the models are loaded and a first short article is through.
        run.applyAsInt(Article.of(null, null, "en", articles.get(0).published(), null, null,
                "Officials in Kyiv said on Monday that shelling continued.", "warm-up"));
        double cold = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;

        AtomicLong tokens = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (Article a : articles)
            futures.add(pool.submit(() -> {
                try {
                    tokens.addAndGet(run.applyAsInt(a));
                } catch (RuntimeException e) {
                    // CoreNLP's quote attribution throws on some articles when two threads share a pipeline; an
                    // article that fails counts in the time but not in the articles done.
                    failed.incrementAndGet();
                    System.err.println("bench: " + system + " failed on " + a.source() + ": " + e);
                }
            }));
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.println(Json.mapper().writeValueAsString(
                new Result(system, articles.size() - failed.get(), failed.get(), tokens.get(), seconds, cold, heap.peakMiB(), threads)));
    }

    private static ToIntFunction<Article> sitrep() {
        Analyzer analyzer = Analyzer.standard();
        analyzer.pipeline().load();
        return a -> analyzer.analyze(a).get(Layer.TOKENS).size();
    }

    /** The standard pipeline, then the encode stage over its tokens (not part of the standard pipeline yet). */
    private static ToIntFunction<Article> sitrepEncoded(String model) {
        Analyzer analyzer = Analyzer.standard();
        EncodeStage encoder = EncodeStage.of(model);
        Pipeline.of(Stream.concat(analyzer.pipeline().stages().stream(), Stream.of(encoder)).toList()).load();
        return a -> encoder.apply(analyzer.analyze(a)).get(Layer.TOKENS).size();
    }

    private static ToIntFunction<Article> coreNlpFull() {
        return new CoreNlpFullPipeline(CORENLP_FULL)::annotate;
    }

    private static List<Article> load(Path corpus, int limit) {
        List<Article> articles = new ArrayList<>();
        ArticleReader.defaults().read(List.of(corpus), a -> {
            if (articles.size() < limit) articles.add(a);
        }, f -> System.err.println("bench: skipped " + f.source() + ": " + f.reason()));
        if (articles.isEmpty()) throw new IllegalArgumentException("No readable articles in " + corpus);
        return articles;
    }

    /**
     * Samples the heap in use every 20 ms. (Summing the pools' own peaks overstates it: eden, survivor and old
     * generation peak at different moments.)
     */
    private static final class HeapSampler extends Thread {
        private volatile long peak;

        HeapSampler() {
            setDaemon(true);
            setName("heap-sampler");
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        double peakMiB() {
            return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()) / (1024.0 * 1024.0);
        }
    }
}
