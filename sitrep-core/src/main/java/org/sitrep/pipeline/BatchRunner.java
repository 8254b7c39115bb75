package org.sitrep.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;

/**
 * Analyzes articles on a fixed number of threads (articles are independent) and hands each result to a sink.
 * The queue in front of the workers is bounded, so a reader faster than the pipeline waits instead of filling
 * memory. The sink is called from worker threads, one call at a time.
 */
public final class BatchRunner implements AutoCloseable {
    private final Analyzer analyzer;
    private final ThreadPoolExecutor pool;
    private final Object sinkLock = new Object();
    private final Consumer<Doc> sink;
    private final BiConsumer<Article, RuntimeException> onError;

    /**
     * @param onError called (under the sink lock) when analyzing or storing one article throws; the batch goes on
     */
    public BatchRunner(Analyzer analyzer, int threads, Consumer<Doc> sink, BiConsumer<Article, RuntimeException> onError) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1; got " + threads);
        this.analyzer = analyzer;
        this.sink = sink;
        this.onError = onError;
        BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(threads * 4);
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, queue,
                (task, executor) -> {
                    try {
                        executor.getQueue().put(task); // back-pressure: the caller waits for room
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while queueing an article", e);
                    }
                });
    }

    public void submit(Article article) {
        pool.execute(() -> {
            try {
                Doc doc = analyzer.analyze(article);
                synchronized (sinkLock) {
                    sink.accept(doc);
                }
            } catch (RuntimeException e) {
                synchronized (sinkLock) {
                    onError.accept(article, e);
                }
            }
        });
    }

    /** Waits for every submitted article to be analyzed and sunk. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) { /* keep waiting */ }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
