package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.json.LinkJson;
import org.sitrep.link.Happening;
import org.sitrep.link.Report;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists happenings: reports of the same thing across articles, with their independent sources. */
@Command(name = "happenings", mixinStandardHelpOptions = true,
        description = "Happenings across articles: members, independent source count and the originals they rest on.")
final class HappeningsCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Mixin
    HappeningFilter filter;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        StoredLinks links;
        try (Ledger ledger = db.openReadOnly()) {
            links = ledger.links();
        }
        Map<String, String> texts = links.quotes();
        List<Happening> hs = links.happenings().stream().filter(h -> filter.matches(h)).toList();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("count", hs.size());
            ArrayNode arr = root.putArray("happenings");
            for (Happening h : hs) arr.add(LinkJson.happening(h, r -> LinkOutput.quote(r, texts), Integer.MAX_VALUE));
            out.println(Json.mapper().writeValueAsString(root));
        } else {
            for (Happening h : hs) {
                out.printf("%s..%s  %-13s %s  %d member(s), %d independent source(s): %s%n", h.from(), h.to(),
                        h.family(), h.about(), h.members().size(), h.independentSources(), String.join(", ", h.originals()));
                for (Report r : h.members())
                    out.printf("    %s %s %s %s: \"%s\"  [%s:%d]%n", r.stated(), r.assertion().holder().name(),
                            r.assertion().kind(), r.assertion().polarity(), LinkOutput.quote(r, texts),
                            r.article().value(), r.assertion().span().start());
            }
            out.println(hs.size() + " happening(s)");
        }
        out.flush();
        return Main.OK;
    }
}
