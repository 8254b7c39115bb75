package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a DuckDB ledger file that another process ({@code sitrep analyze}) may write while the server runs.
 *
 * <p>DuckDB lets one process write a file and nobody else open it meanwhile, and a reader's lock keeps writers out.
 * So the server never holds the ledger file: it reads a private copy (a snapshot). Every poll (1 s) it compares the
 * file's size and modification time (and its write-ahead log's) with the snapshot's; when they differ it opens the
 * file read-only for as long as a file copy takes — the shared lock guarantees no writer is half-way through a
 * transaction — copies it, lets go, and swaps the copy in. Requests already running finish on the old copy, which is
 * then closed and deleted. While a writer holds the file the open fails at once: the server keeps answering from the
 * last snapshot and reports {@code writerBusy} until the writer is done, then shows the new articles at the next
 * poll. A writer that starts during a copy waits for it ({@code Ledger.open} retries a lock for 1.5 s).
 *
 * <p>Thread-safe. Each snapshot is read through {@link #READERS} connections, borrowed one per request.
 */
final class DuckDbSnapshots implements LedgerSource {
    static final long DEFAULT_POLL_MILLIS = 1000;
    static final int READERS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(DuckDbSnapshots.class);

    private final Path original;
    private final Path dir;
    private final ScheduledExecutorService poller;
    private final Object refreshing = new Object();
    private volatile Snapshot current;
    private volatile boolean writerBusy;
    private int generation;

    private DuckDbSnapshots(Path original, Path dir, long pollMillis) {
        this.original = original;
        this.dir = dir;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-snapshots");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** True for a DuckDB file: a path, or {@code jdbc:duckdb:PATH} (not the in-memory database). */
    static boolean isDuckDbFile(String db) {
        if (!db.startsWith("jdbc:")) return true;
        String path = db.startsWith("jdbc:duckdb:") ? db.substring("jdbc:duckdb:".length()).split("\\?")[0] : "";
        return !path.isEmpty() && !path.startsWith(":memory:");
    }

    /**
     * Takes the first snapshot of {@code db} (when a writer holds it, an empty ledger stands in until the writer is
     * done) and starts polling every {@code pollMillis}.
     */
    static DuckDbSnapshots start(String db, long pollMillis) {
        String path = db.startsWith("jdbc:duckdb:") ? db.substring("jdbc:duckdb:".length()).split("\\?")[0] : db;
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-serve-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for the ledger snapshots", e);
        }
        DuckDbSnapshots snapshots = new DuckDbSnapshots(Path.of(path).toAbsolutePath(), dir, pollMillis);
        if (!snapshots.refresh() && snapshots.current == null) {
            snapshots.current = Snapshot.empty();
            LOG.warn("{} is being written by another process; serving an empty ledger until it is done", path);
        }
        return snapshots;
    }

    @Override
    public <T> T read(Function<Ledger, T> read) {
        while (true) {
            Snapshot s = current;
            s.lock.readLock().lock();
            try {
                if (s.closed) {
                    if (s == current) throw new LedgerException("The server is stopping");
                    continue; // swapped and retired meanwhile: take the newer one
                }
                Ledger ledger = s.borrow();
                try {
                    return read.apply(ledger);
                } finally {
                    s.pool.add(ledger);
                }
            } finally {
                s.lock.readLock().unlock();
            }
        }
    }

    @Override
    public SourceStatus status() {
        return new SourceStatus("snapshot", current.takenAt, writerBusy);
    }

    /** The snapshot being served: a new one is a new state. */
    @Override
    public Object state() {
        return current;
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) { // keep polling: the next change may well succeed
            LOG.warn("Could not take a snapshot of {}: {}", original, e.getMessage());
        }
    }

    @Override
    public boolean refresh() {
        synchronized (refreshing) {
            Snapshot old = current;
            FileState state = FileState.of(original);
            if (old != null && state.equals(old.state)) {
                writerBusy = false;
                return false;
            }
            Path copy = dir.resolve("snapshot-" + (++generation) + ".duckdb");
            try (Ledger holding = Ledger.openReadOnly(original.toString())) {
                // While this shared lock is held no writer has the file open, so the copy is a committed state.
                state = FileState.of(original);
                Files.copy(original, copy);
                Path wal = wal(original);
                if (Files.exists(wal)) Files.copy(wal, wal(copy));
            } catch (LedgerException e) {
                deleteQuietly(copy);
                if (!String.valueOf(e.getMessage()).contains("locked")) throw e;
                writerBusy = true;
                return false;
            } catch (IOException e) {
                deleteQuietly(copy);
                throw new UncheckedIOException("Cannot copy " + original + " to " + copy, e);
            }
            current = Snapshot.open(copy, state);
            writerBusy = false;
            if (old != null) poller.execute(() -> old.retire());
            LOG.info("Serving {} as of {}", original, current.takenAt);
            return true;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        synchronized (refreshing) {
            Snapshot s = current;
            if (s != null) s.retire();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(DuckDbSnapshots::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + ".wal");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", p, e.getMessage());
        }
    }

    /** Size and modification time of the file and of its write-ahead log: what changes when a writer commits. */
    record FileState(long size, long modified, long walSize, long walModified) {
        static FileState of(Path file) {
            long[] f = sizeAndTime(file), w = sizeAndTime(wal(file));
            return new FileState(f[0], f[1], w[0], w[1]);
        }

        private static long[] sizeAndTime(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new long[] {a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
            } catch (IOException e) { // missing: no log, or no ledger yet
                return new long[] {-1, -1};
            }
        }
    }

    /** One copy of the ledger with its pool of read-only connections. */
    private static final class Snapshot {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
        final BlockingQueue<Ledger> pool;
        final FileState state;
        final Instant takenAt = Instant.now();
        final Path file;
        volatile boolean closed;

        private Snapshot(List<Ledger> ledgers, FileState state, Path file) {
            this.pool = new ArrayBlockingQueue<>(ledgers.size(), false, ledgers);
            this.state = state;
            this.file = file;
        }

        static Snapshot open(Path copy, FileState state) {
            List<Ledger> ledgers = new ArrayList<>();
            try {
                for (int i = 0; i < READERS; i++) ledgers.add(Ledger.openReadOnly(copy.toString()));
            } catch (RuntimeException e) {
                ledgers.forEach(Ledger::close);
                throw e;
            }
            return new Snapshot(ledgers, state, copy);
        }

        /** A fresh in-memory ledger, for when the file cannot be read yet. */
        static Snapshot empty() {
            return new Snapshot(List.of(Ledger.open("jdbc:duckdb:")), null, null);
        }

        Ledger borrow() {
            try {
                return pool.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerException("Interrupted while waiting for a ledger connection", e);
            }
        }

        /** Waits for the requests reading this snapshot, then closes it and deletes its files. */
        void retire() {
            lock.writeLock().lock();
            try {
                if (closed) return;
                closed = true;
                pool.forEach(Ledger::close);
                if (file != null) {
                    deleteQuietly(file);
                    deleteQuietly(wal(file));
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
    }
}
