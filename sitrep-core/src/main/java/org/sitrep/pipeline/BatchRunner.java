package org.sitrep.pipeline;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;

/**
 * Analyzes articles on a fixed number of threads (articles are independent) and hands each result to a sink, so a
 * batch streams: read → bounded queue → analyze → sink, and nothing here holds more than the queued and running
 * articles. The queue in front of the workers is bounded, so a reader faster than the pipeline waits instead of
 * filling memory. The sink is called from worker threads, one call at a time.
 *
 * <p>Every article is held to a {@link Budget}: one with too many tokens is refused before any NLP runs
 * ({@link AnalysisFailure#TOO_LONG}); one still in analysis when its time is up is reported
 * ({@link AnalysisFailure#TIMEOUT}) at that moment, its worker is interrupted (the pipeline stops at the next stage
 * boundary, CoreNLP at its own checks) and its result, if one still comes, is dropped. Until a stuck worker returns,
 * the pool runs one extra thread in its place, so the batch keeps its parallelism. A timeout never interrupts the
 * sink: an article is either given to the sink whole or reported as a failure.
 */
public final class BatchRunner implements AutoCloseable {
    private static final int QUEUED = 0, RUNNING = 1, FINISHING = 2, TIMED_OUT = 3;

    private final Analyzer analyzer;
    private final Budget budget;
    private final int threads;
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final Object sinkLock = new Object();
    private final Consumer<Doc> sink;
    private final Consumer<AnalysisFailure> onFailure;
    private final Object pendingLock = new Object();
    private final AtomicBoolean loaded = new AtomicBoolean();
    private int pending;
    private int abandoned;

    /**
     * @param sink      receives every analyzed document, one call at a time; what it throws becomes a
     *                  {@link AnalysisFailure#STORE_FAILED} failure of that article
     * @param onFailure receives (under the sink's lock) every article that was not given to the sink
     */
    public BatchRunner(Analyzer analyzer, int threads, Budget budget, Consumer<Doc> sink,
                       Consumer<AnalysisFailure> onFailure) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1; got " + threads);
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.threads = threads;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 4),
                daemon("sitrep-worker"), (task, executor) -> {
                    try {
                        executor.getQueue().put(task); // back-pressure: the caller waits for room
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted while queueing an article", e);
                    }
                });
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("sitrep-watchdog"));
        long tick = Math.max(10, Math.min(1000, budget.maxTime().toMillis() / 20));
        watchdog.scheduleWithFixedDelay(this::expire, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Queues the article (waiting for room), or reports it at once when it is over the token budget. */
    public void submit(Article article) {
        int tokens = Budget.countTokens(article.text(), budget.maxTokens());
        if (tokens > budget.maxTokens()) {
            fail(new AnalysisFailure(article, AnalysisFailure.TOO_LONG, "the article has more than "
                    + budget.maxTokens() + " tokens (the limit; --max-tokens raises it); it was not analyzed"));
            return;
        }
        if (loaded.compareAndSet(false, true)) loadModels();
        synchronized (pendingLock) {
            pending++;
        }
        pool.execute(new Task(article));
    }

    /** Waits until every submitted article has been given to the sink or reported as failed. */
    @Override
    public void close() {
        try {
            synchronized (pendingLock) {
                while (pending > 0) pendingLock.wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // Workers still busy here are abandoned ones (timed out, not yet back); they are daemons and their
            // results are dropped.
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    /**
     * Loads the stages' models side by side before the first article is queued, so that loading is neither serial
     * nor counted in the first articles' time budget.
     */
    private void loadModels() {
        try {
            analyzer.pipeline().load();
        } catch (RuntimeException e) {
            // a model that cannot load fails the first article with the same error, which is reported there
        }
    }

    private void fail(AnalysisFailure failure) {
        synchronized (sinkLock) {
            onFailure.accept(failure);
        }
    }

    private void done() {
        synchronized (pendingLock) {
            pending--;
            pendingLock.notifyAll();
        }
    }

    /** Runs on the watchdog: reports and interrupts every task over its time. */
    private void expire() {
        long now = System.nanoTime();
        for (Task task : running) {
            if (now - task.started <= budget.maxTime().toNanos()) continue;
            // One critical section with the worker's adjustPool(-1): it sees the stand-in added and its interrupt set.
            synchronized (this) {
                if (!task.state.compareAndSet(RUNNING, TIMED_OUT)) continue;
                running.remove(task);
                adjustPool(+1); // a stand-in worker while this one is stuck
                task.worker.interrupt();
            }
            fail(new AnalysisFailure(task.article, AnalysisFailure.TIMEOUT, "analysis took longer than "
                    + seconds(budget.maxTime()) + " (the limit; --timeout raises it); it was abandoned"));
            done();
        }
    }

    private synchronized void adjustPool(int delta) {
        int size = threads + (abandoned += delta);
        if (delta > 0) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true); // an abandoned worker must not keep the JVM alive
            return t;
        };
    }

    private final class Task implements Runnable {
        final Article article;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        volatile Thread worker;
        volatile long started;

        Task(Article article) {
            this.article = article;
        }

        @Override
        public void run() {
            worker = Thread.currentThread();
            started = System.nanoTime();
            state.set(RUNNING);
            running.add(this);
            try {
                Doc doc = analyzer.analyze(article);
                if (!state.compareAndSet(RUNNING, FINISHING)) return; // timed out meanwhile: already reported
                running.remove(this);
                synchronized (sinkLock) {
                    try {
                        sink.accept(doc);
                    } catch (RuntimeException e) {
                        onFailure.accept(new AnalysisFailure(article, AnalysisFailure.STORE_FAILED, e.getMessage() == null ? e.toString() : e.getMessage()));
                    }
                }
            } catch (RuntimeException | Error e) { // StackOverflowError on hostile text, too
                if (state.compareAndSet(RUNNING, FINISHING))
                    fail(new AnalysisFailure(article, AnalysisFailure.FAILED, "analysis failed, please report: " + e));
            } finally {
                running.remove(this);
                if (state.get() == TIMED_OUT) {
                    adjustPool(-1);
                    Thread.interrupted(); // the pool reuses this thread: clear the watchdog's interrupt
                } else {
                    done();
                }
            }
        }
    }
}
