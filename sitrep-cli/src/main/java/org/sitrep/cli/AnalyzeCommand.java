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
import org.sitrep.json.Json;
import org.sitrep.model.Doc;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Stage;
import org.sitrep.read.ArticleReader;
import org.sitrep.read.ReadFailure;
import org.sitrep.store.Ledger;
import org.sitrep.store.PutResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads articles, extracts their facts and stores each article with its facts in one transaction. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Read articles (text with a 'date YYYY-MM-DD' first line, JSON Lines, HTML, RSS/Atom; "
                + "directories recursively), extract their facts and store them in the ledger.",
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

    @Option(names = "--details", negatable = true,
            description = "List each article's entities and dates (default: on for up to 5 articles).")
    Boolean details;

    @Spec
    CommandSpec spec;

    // Written by the reader thread and by workers: one list that locks itself.
    private final List<ReadFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<StoredArticle> stored = Collections.synchronizedList(new ArrayList<>());

    record StoredArticle(Doc doc, PutResult result) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        Progress progress = new Progress(System.err);
        try (Ledger ledger = db.open()) {
            Analyzer analyzer = Analyzer.standard();
            Map<String, String> versions = new TreeMap<>();
            for (Stage stage : analyzer.pipeline().stages()) versions.put(stage.name(), stage.version());
            try (BatchRunner runner = new BatchRunner(analyzer, threads, doc -> {
                stored.add(new StoredArticle(doc, ledger.put(doc, versions)));
                progress.update(stored.size(), 0, "articles");
            }, (article, e) -> failures.add(new ReadFailure(article.source(), "analyze.failed", e.toString())))) {
                ArticleReader.defaults().read(paths, article -> {
                    // Skip the NLP work for articles the ledger already holds from these stage versions.
                    if (ledger.isCurrent(article.id(), versions))
                        stored.add(new StoredArticle(ledger.find(article.id()).orElseThrow(), PutResult.ALREADY_STORED));
                    else runner.submit(article);
                }, failures::add);
            }
            progress.finish();
            for (ReadFailure f : failures)
                err.println("sitrep: " + f.source() + ": " + f.reason() + " [" + f.code() + "]");
            boolean listDetails = details != null ? details : stored.size() <= 5;
            if (json) out.println(summaryJson(ledger, listDetails));
            else printSummary(out, ledger, listDetails);
        }
        out.flush();
        return failures.isEmpty() ? Main.OK : Main.PARTIAL;
    }

    private void printSummary(PrintWriter out, Ledger ledger, boolean listDetails) {
        stored.sort((a, b) -> a.doc().article().id().value().compareTo(b.doc().article().id().value()));
        for (StoredArticle s : stored) {
            out.println(DocPrinter.headline(s.doc()) + (s.result() == PutResult.ALREADY_STORED ? "  (already stored)" : s.result() == PutResult.REPLACED ? "  (re-analyzed)" : ""));
            if (listDetails) DocPrinter.printFacts(out, s.doc(), "    ");
        }
        long newOnes = stored.stream().filter(s -> s.result() == PutResult.STORED).count();
        // Re-analyzed: the ledger held the article from older stage versions (their output fingerprints changed).
        long replaced = stored.stream().filter(s -> s.result() == PutResult.REPLACED).count();
        out.printf("%d article(s) read: %d stored, %d re-analyzed, %d already in the ledger; %d input(s) failed. Ledger %s holds %d article(s).%n",
                stored.size(), newOnes, replaced, stored.size() - newOnes - replaced, failures.size(), db.location(),
                ledger.articleCount());
    }

    private String summaryJson(Ledger ledger, boolean listDetails) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (StoredArticle s : stored) {
            ObjectNode a = articles.addObject();
            a.put("id", s.doc().article().id().value());
            a.put("source", s.doc().article().source());
            a.put("title", s.doc().article().title());
            a.put("result", s.result().name().toLowerCase());
            if (listDetails) a.set("facts", DocPrinter.factsJson(s.doc()));
        }
        ArrayNode failed = root.putArray("failures");
        for (ReadFailure f : failures) failed.add(Json.mapper().valueToTree(f));
        root.put("ledger", db.location());
        root.put("ledgerArticles", ledger.articleCount());
        return root.toString();
    }
}
