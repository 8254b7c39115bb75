package org.sitrep.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.Budget;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.model.Stage;
import org.sitrep.read.ArticleReader;

/**
 * Measures the heap of the streaming path `analyze` takes — reader, bounded queue, worker threads, one transaction
 * per article into a DuckDB file, a summary line kept per article — with a model-free stage in place of the NLP (one
 * token and sentence layer per article), so thousands of articles run in minutes. Not a test: run by hand
 * (docs/PERFORMANCE.md), {@code java -cp … org.sitrep.store.StreamingHeapProbe INPUT_DIR DB_FILE}. Prints the live
 * heap after a full GC every 500 articles with the seconds so far and the mean time of a {@code put} (one article's
 * transaction) over those 500, and the peak heap the JVM reports for the whole run.
 */
public final class StreamingHeapProbe {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    /** Whitespace-and-punctuation tokens, one sentence per period: a document about as big as CoreNLP's layers. */
    private static final class Tokens implements Stage {
        public String name() { return "probe-tokens"; }
        public String version() { return "1"; }
        public Set<Layer<?>> requires() { return Set.of(); }
        public Set<Layer<?>> produces() { return Set.of(Layer.SENTENCES, Layer.TOKENS); }

        public Doc apply(Doc doc) {
            List<Token> tokens = new ArrayList<>();
            List<Sentence> sentences = new ArrayList<>();
            Matcher m = TOKEN.matcher(doc.text());
            int first = 0, start = -1;
            while (m.find()) {
                if (start < 0) start = m.start();
                tokens.add(new Token(new Span(m.start(), m.end()), sentences.size(), "X", m.group().toLowerCase(), "O"));
                if (m.group().equals(".")) {
                    sentences.add(new Sentence(new Span(start, m.end()), first, tokens.size()));
                    first = tokens.size();
                    start = -1;
                }
            }
            if (first < tokens.size())
                sentences.add(new Sentence(new Span(start, tokens.get(tokens.size() - 1).span().end()), first, tokens.size()));
            return doc.with(Layer.SENTENCES, sentences).with(Layer.TOKENS, tokens);
        }
    }

    private record Summary(String id, String headline) {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        List<Summary> kept = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicLong putNanos = new AtomicLong(); // time inside ledger.put, since the last line
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try (Ledger ledger = Ledger.open(args[1])) {
            Analyzer analyzer = new Analyzer(Pipeline.of(new Tokens()));
            try (BatchRunner runner = new BatchRunner(analyzer, 2, Budget.DEFAULT, doc -> {
                long t = System.nanoTime();
                ledger.put(doc, java.util.Map.of("probe-tokens", "1"));
                putNanos.addAndGet(System.nanoTime() - t);
                kept.add(new Summary(doc.article().id().value(), doc.article().source() + " " + doc.article().title()));
                if (kept.size() % 500 == 0) {
                    String line = String.format("%d\t%d\t%.0f\t%.1f", kept.size(), liveHeapMb(),
                            (System.nanoTime() - start) / 1e9, putNanos.getAndSet(0) / 500 / 1e6);
                    lines.add(line);
                    System.err.println(line); // as it goes, for a watcher
                }
            }, f -> failed.incrementAndGet())) {
                ArticleReader.defaults().read(List.of(input), runner::submit, f -> failed.incrementAndGet());
            }
            System.out.println("articles\tlive_heap_mb_after_full_gc\tseconds\tmean_put_ms_last_500");
            lines.forEach(System.out::println);
            System.out.printf("stored %d, failed %d, ledger %d articles, %.0f s, peak heap used %d MB, live at end %d MB%n",
                    kept.size(), failed.get(), ledger.articleCount(), (System.nanoTime() - start) / 1e9, peakHeapMb(),
                    liveHeapMb());
        }
    }

    private static long liveHeapMb() {
        System.gc();
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        return peak >> 20;
    }
}
