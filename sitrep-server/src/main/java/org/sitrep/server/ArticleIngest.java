package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.json.Json;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.model.Stage;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ReadFailure;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerException;
import org.sitrep.store.PutResult;

/**
 * {@code POST /api/articles} (only with {@code sitrep serve --allow-ingest}): the body is one input file as
 * {@code analyze} reads it — plain text, JSON Lines, an HTML page or a feed, told apart by the Content-Type — read by
 * the same readers (bad input is a 422 naming their failure codes), analysed, and stored by opening the ledger for
 * writing for the length of the put (so an {@code analyze} run holding the file makes it a 503, never a lock-out of
 * that run). The server's snapshot is then refreshed at once. Thread-safe: ingests are serialized.
 */
final class ArticleIngest {
    /** Content types accepted, and the file name suffix that makes {@link ArticleReader} pick its reader. */
    static final Map<String, String> SUFFIXES = Map.of(
            "text/plain", ".txt",
            "application/x-ndjson", ".jsonl",
            "application/jsonl", ".jsonl",
            "text/html", ".html",
            "application/xhtml+xml", ".xhtml",
            "application/rss+xml", ".rss",
            "application/atom+xml", ".atom",
            "application/xml", ".xml",
            "text/xml", ".xml");
    private static final ObjectMapper M = Json.mapper();

    private final String db;
    private final LedgerSource source;
    private final Function<Article, Doc> analyze;
    private final Map<String, String> versions;

    ArticleIngest(String db, LedgerSource source, Function<Article, Doc> analyze, Map<String, String> versions) {
        this.db = db;
        this.source = source;
        this.analyze = analyze;
        this.versions = Map.copyOf(versions);
    }

    /** The standard pipeline (CoreNLP is loaded now, once). */
    static ArticleIngest standard(String db, LedgerSource source) {
        Analyzer analyzer = Analyzer.standard();
        Map<String, String> versions = new TreeMap<>();
        for (Stage stage : analyzer.pipeline().stages()) versions.put(stage.name(), stage.version());
        return new ArticleIngest(db, source, analyzer::analyze, versions);
    }

    /** Reads, analyses and stores the body; the answer lists each article with its result and each failure. */
    synchronized ObjectNode ingest(byte[] body, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String suffix = SUFFIXES.get(type);
        if (suffix == null)
            throw new ApiProblem(ApiProblem.Type.UNSUPPORTED_MEDIA_TYPE, "Content-Type '" + type + "' is not an input "
                    + "format; use one of " + new TreeMap<>(SUFFIXES).keySet());
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sitrep-ingest-");
            Path file = Files.write(dir.resolve("posted" + suffix), body);
            ArticleReader.defaults().read(List.of(file), articles::add, failures::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not spool the posted article", e);
        } finally {
            deleteQuietly(dir);
        }
        if (articles.isEmpty()) {
            StringBuilder reasons = new StringBuilder();
            for (ReadFailure f : failures) reasons.append(reasons.isEmpty() ? "" : "; ").append(f.reason())
                    .append(" [").append(f.code()).append(']');
            throw new ApiProblem(ApiProblem.Type.UNPROCESSABLE_ARTICLE, reasons.isEmpty() ? "No article in the body"
                    : reasons.toString());
        }
        List<Doc> docs = new ArrayList<>();
        for (Article a : articles) docs.add(analyze.apply(a));
        ObjectNode answer = M.createObjectNode();
        ArrayNode stored = answer.putArray("articles");
        try (Ledger ledger = Ledger.open(db)) {
            for (Doc doc : docs) {
                PutResult result = ledger.put(doc, versions);
                stored.addObject().put("id", doc.article().id().value()).put("title", doc.article().title())
                        .put("claims", doc.get(org.sitrep.model.Layer.CLAIMS).size())
                        .put("result", result.name().toLowerCase(Locale.ROOT));
            }
        } catch (LedgerException e) {
            if (String.valueOf(e.getMessage()).contains("locked"))
                throw new ApiProblem(ApiProblem.Type.LEDGER_BUSY, "Another process (an analyze run) is writing the "
                        + "ledger; post again when it is done");
            throw e;
        }
        ArrayNode failed = answer.putArray("failures");
        for (ReadFailure f : failures) failed.addObject().put("code", f.code()).put("reason", f.reason());
        source.refresh();
        return answer;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
