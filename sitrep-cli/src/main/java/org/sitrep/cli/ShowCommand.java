package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Doc;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints one stored article with its annotations. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a stored article's text and annotations (an unambiguous id prefix is enough).")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE-ID")
    String id;

    @Mixin
    DbOption db;

    @Option(names = "--json", description = "Print the article as stand-off JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (Ledger ledger = db.openReadOnly()) {
            List<ArticleSummary> matches = ledger.articles().stream()
                    .filter(a -> a.id().value().startsWith(id.toLowerCase())).toList();
            if (matches.size() != 1) {
                err.println("sitrep: " + (matches.isEmpty() ? "no article with id " + id + " in " + db.location()
                        : id + " matches " + matches.size() + " articles; give more digits"));
                return Main.FAILURE;
            }
            Doc doc = ledger.find(matches.get(0).id()).orElseThrow();
            if (json) {
                out.println(StandoffJson.write(doc));
            } else {
                out.println(DocPrinter.headline(doc));
                if (doc.article().url() != null) out.println(doc.article().url());
                out.println();
                out.println(doc.text());
                out.println();
                DocPrinter.printFacts(out, doc, "");
            }
        }
        out.flush();
        return Main.OK;
    }
}
