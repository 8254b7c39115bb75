package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Duration;
import org.sitrep.json.Json;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Doc;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.AnalysisFailure;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Budget;
import org.sitrep.model.Stage;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ReadFailure;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerException;
import org.sitrep.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads articles, extracts their facts and stores each article with its facts in one transaction. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read articles (text with a 'date YYYY-MM-DD' first line, JSON Lines, HTML, RSS/Atom; "
                + "directories recursively), extract their facts and store them in the ledger.",
                "Each article is held to a budget (--max-tokens, --timeout); one over it is a failure (nlp.too-long, "
                        + "nlp.timeout) and the batch goes on. Files of unknown type in a folder are counted (--verbose "
                        + "lists them).",
                "Exit codes: 0 ok, 1 failure, 2 usage, 3 some inputs failed (each named on stderr)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
    List<Path> paths;

    @Mixin
    DbOption db;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Refuse an article with more tokens than this (nlp.too-long; default: ${DEFAULT-VALUE}).")
    int maxTokens = Budget.DEFAULT_MAX_TOKENS;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Abandon an article whose analysis takes longer (nlp.timeout; default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = Budget.DEFAULT_MAX_TIME.toMillis() / 1000.0;

    boolean verbose;

    @Option(names = {"-v", "--verbose"},
            description = "Name each article on stderr as it is stored, list the files of unknown type that folders "
                    + "held, and log at level info (CoreNLP's and the libraries' messages; quiet otherwise).")
    void verbose(boolean on) {
        verbose = on;
        if (on) Logging.verbose();
    }

    @Option(names = "--details", negatable = true,
            description = "List each article's entities and dates (default: on for up to 5 articles).")
    Boolean details;

    @Spec
    CommandSpec spec;

    // Written by the reader thread and by workers: lists that lock themselves. Only a line per article is kept,
    // never its document, so memory does not grow with the documents of a batch.
    private final List<ReadFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<StoredArticle> stored = Collections.synchronizedList(new ArrayList<>());
    private final List<Path> skipped = new ArrayList<>();
    private final AtomicReference<LedgerException> lostConnection = new AtomicReference<>();

    record StoredArticle(ArticleId id, String source, String title, String headline, PutResult result) {
        static StoredArticle of(Article a, PutResult result) {
            return new StoredArticle(a.id(), a.source(), a.title(), DocPrinter.headline(a), result);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Progress progress = new Progress(System.err);
        Budget budget = budget();
        try (Ledger ledger = db.open()) {
            Analyzer analyzer = Analyzer.standard();
            Map<String, String> versions = new TreeMap<>();
            for (Stage stage : analyzer.pipeline().stages()) versions.put(stage.name(), stage.version());
            try (BatchRunner runner = new BatchRunner(analyzer, threads, budget, doc -> {
                StoredArticle s = StoredArticle.of(doc.article(), put(ledger, doc, versions));
                stored.add(s);
                if (verbose) { // as each transaction commits, so a watcher (or the crash test) sees the progress
                    err.println("sitrep: " + s.result().name().toLowerCase() + " " + s.id() + " " + s.source());
                    err.flush();
                }
                progress.update(stored.size(), 0, "articles");
            }, f -> failures.add(new ReadFailure(f.article().source(), f.code(), f.message())))) {
                ArticleReader.defaults().read(paths, article -> {
                    if (lostConnection.get() != null) throw lostConnection.get(); // stop reading: nothing can be stored
                    // Skip the NLP work for articles the ledger already holds from these stage versions.
                    if (ledger.isCurrent(article.id(), versions))
                        stored.add(StoredArticle.of(article, PutResult.ALREADY_STORED));
                    else runner.submit(article);
                }, failures::add, skipped::add);
            } catch (LedgerException e) {
                if (!e.connectionLost()) throw e;
                lostConnection.compareAndSet(null, e);
            }
            progress.finish();
            if (lostConnection.get() != null) {
                printFailures(err);
                long written = stored.stream().filter(s -> s.result() != PutResult.ALREADY_STORED).count();
                throw new LedgerException(lostConnection.get().getMessage() + ". " + written + " article(s) of this run "
                        + "were stored before, each whole; run the same command again to store the rest",
                        lostConnection.get(), true);
            }
            printFailures(err);
            boolean listDetails = details != null ? details : stored.size() <= 5;
            if (json) out.println(summaryJson(ledger, listDetails));
            else printSummary(out, ledger, listDetails);
        }
        out.flush();
        return failures.isEmpty() ? Main.OK : Main.PARTIAL;
    }

    /** Stores one document; a lost connection is remembered so the batch stops instead of failing every article. */
    private PutResult put(Ledger ledger, Doc doc, Map<String, String> versions) {
        LedgerException lost = lostConnection.get();
        if (lost != null) throw lost;
        try {
            return ledger.put(doc, versions);
        } catch (LedgerException e) {
            if (e.connectionLost()) lostConnection.compareAndSet(null, e);
            throw e;
        }
    }

    private void printFailures(PrintWriter err) {
        synchronized (failures) {
            for (ReadFailure f : failures) {
                // After a lost connection every store fails the same way; the one error message says it.
                if (lostConnection.get() != null && f.code().equals(AnalysisFailure.STORE_FAILED)) continue;
                err.println("sitrep: " + f.source() + ": " + f.reason() + " [" + f.code() + "]");
            }
        }
    }

    private Budget budget() {
        if (maxTokens < 1) throw new ParameterException(spec.commandLine(), "--max-tokens must be at least 1; got " + maxTokens);
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e9)
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds; got " + timeoutSeconds);
        return new Budget(maxTokens, Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))));
    }

    private void printSummary(PrintWriter out, Ledger ledger, boolean listDetails) {
        stored.sort((a, b) -> a.id().value().compareTo(b.id().value()));
        for (StoredArticle s : stored) {
            out.println(s.headline() + (s.result() == PutResult.ALREADY_STORED ? "  (already stored)" : s.result() == PutResult.REPLACED ? "  (re-analyzed)" : ""));
            // Read back one at a time, so listing details does not hold every document either.
            if (listDetails) ledger.find(s.id()).ifPresent(doc -> DocPrinter.printFacts(out, doc, "    "));
        }
        long newOnes = stored.stream().filter(s -> s.result() == PutResult.STORED).count();
        // Re-analyzed: the ledger held the article from older stage versions (their output fingerprints changed).
        long replaced = stored.stream().filter(s -> s.result() == PutResult.REPLACED).count();
        String unknown = skipped.isEmpty() ? "" : "; " + skipped.size() + " file(s) of unknown type skipped"
                + (verbose ? ":" : " (--verbose lists them)");
        out.printf("%d article(s) read: %d stored, %d re-analyzed, %d already in the ledger; %d input(s) failed%s. Ledger %s holds %d article(s).%n",
                stored.size(), newOnes, replaced, stored.size() - newOnes - replaced, failures.size(), unknown, db.location(),
                ledger.articleCount());
        if (verbose) for (Path p : skipped) out.println("  skipped (unknown type): " + p);
    }

    private String summaryJson(Ledger ledger, boolean listDetails) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (StoredArticle s : stored) {
            ObjectNode a = articles.addObject();
            a.put("id", s.id().value());
            a.put("source", s.source());
            a.put("title", s.title());
            a.put("result", s.result().name().toLowerCase());
            if (listDetails) ledger.find(s.id()).ifPresent(doc -> a.set("facts", DocPrinter.factsJson(doc)));
        }
        ArrayNode failed = root.putArray("failures");
        for (ReadFailure f : failures) failed.add(Json.mapper().valueToTree(f));
        ArrayNode unknown = root.putArray("skipped");
        for (Path p : skipped) unknown.add(p.toString());
        root.put("ledger", db.location());
        root.put("ledgerArticles", ledger.articleCount());
        return root.toString();
    }
}
