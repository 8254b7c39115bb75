package org.sitrep.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.Article;

/**
 * Reads article files into {@link Article}s: plain text with a {@code date YYYY-MM-DD} first line ({@code .txt}),
 * JSON Lines ({@code .jsonl}), HTML pages ({@code .html}, {@code .htm}) and RSS/Atom feeds ({@code .xml},
 * {@code .rss}, {@code .atom}). See {@code PlainTextReader}, {@code JsonLinesReader}, {@code HtmlArticleReader}
 * and {@code FeedReader} for what each format may hold.
 *
 * <p>Bad input never throws: every file, line or feed item that cannot be read becomes one {@link ReadFailure} and
 * the batch goes on. Article text is Unicode NFC with {@code \n} line endings and paragraphs separated by one blank
 * line; ids hash that text and the url, so reading the same input twice gives the same articles.
 *
 * <p>Immutable and thread-safe. Exceptions thrown by the caller's consumers propagate unchanged.
 */
public final class ArticleReader {
    /** The default size limit: 20 MiB, far above any single article or a day's JSON Lines export. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The largest configurable limit: a file is held in memory as one array. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 64;

    private final long maxBytes;

    private ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A reader with the default size limit. */
    public static ArticleReader defaults() {
        return new ArticleReader(DEFAULT_MAX_BYTES);
    }

    /** A copy that refuses files larger than {@code maxBytes} (1 ... {@link #MAX_LIMIT}) without reading them. */
    public ArticleReader withMaxBytes(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_LIMIT)
            throw new IllegalArgumentException("maxBytes must be in 1.." + MAX_LIMIT + "; got " + maxBytes);
        return new ArticleReader(maxBytes);
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads each path in order and hands every article to {@code ok} and every failure to {@code failed}, in
     * reading order. A directory is walked recursively in name order, skipping hidden entries (names starting with
     * a dot), symbolic links to directories, and files whose extension names no known format. A file named
     * directly is read whatever its extension: its format is then recognized from its content.
     */
    public void read(List<Path> paths, Consumer<Article> ok, Consumer<ReadFailure> failed) {
        read(paths, ok, failed, skipped -> { });
    }

    /**
     * As {@link #read(List, Consumer, Consumer)}, and hands every file a directory walk skips because its extension
     * names no known format to {@code skipped}, in reading order, so the caller can count and name them.
     */
    public void read(List<Path> paths, Consumer<Article> ok, Consumer<ReadFailure> failed, Consumer<Path> skipped) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(ok, "ok");
        Objects.requireNonNull(failed, "failed");
        Objects.requireNonNull(skipped, "skipped");
        for (Path path : paths) {
            Objects.requireNonNull(path, "a path in paths");
            if (Files.isDirectory(path)) walk(path, ok, failed, skipped);
            else readFile(path).emitTo(ok, failed);
        }
    }

    private void walk(Path dir, Consumer<Article> ok, Consumer<ReadFailure> failed, Consumer<Path> skipped) {
        List<Path> entries;
        try (Stream<Path> listing = Files.list(dir)) {
            entries = listing.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | SecurityException e) {
            failed.accept(new ReadFailure(dir.toString(), ReadFailure.UNREADABLE, "cannot list the directory: " + e));
            return;
        }
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) continue;
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) walk(entry, ok, failed, skipped);
            else if (Files.isDirectory(entry)) continue; // a link to a directory: no cycles
            else if (Format.byExtension(entry).isPresent()) readFile(entry).emitTo(ok, failed);
            else skipped.accept(entry);
        }
    }

    /** Everything one file gives. Package-private for tests. */
    Results readFile(Path path) {
        String source = path.toString();
        Results results = new Results();
        try {
            Optional<InputFile> input = InputFile.load(path, source, maxBytes, results);
            input.ifPresent(in -> FormatReader.of(in.format()).read(source, in.text(), results));
        } catch (RuntimeException | StackOverflowError e) {
            // The readers turn every foreseen problem into a failure; this keeps an unforeseen one (a parser bug on
            // hostile input) from ending the batch. What the file gave before is dropped: it may be incomplete.
            Results crashed = new Results();
            crashed.fail(source, ReadFailure.UNEXPECTED, "reader error, please report: " + e);
            return crashed;
        }
        return results;
    }
}
