package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.json.LinkJson;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists contradictions between holders and reversals of a holder's own position, with reasons and evidence. */
@Command(name = "disputes", mixinStandardHelpOptions = true,
        description = "Contradictions (contested control, participation denied, disputed counts, occurred vs denied, attacks blamed and denied, planned attacks denied) "
                + "and reversals, each with a reason and both sides' evidence.")
final class DisputesCommand implements Callable<Integer> {
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
        Set<String> shown = new HashSet<>();
        for (Happening h : links.happenings()) if (filter.matches(h)) shown.add(h.id());
        List<Dispute> ds = new ArrayList<>();
        for (Dispute d : links.disputes()) if (shown.contains(d.happening())) ds.add(d);
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("count", ds.size());
            ArrayNode arr = root.putArray("disputes");
            for (Dispute d : ds) arr.add(LinkJson.dispute(d, r -> LinkOutput.quote(r, texts)));
            out.println(Json.mapper().writeValueAsString(root));
        } else {
            for (Dispute d : ds) {
                out.println(d.kind() + ": " + d.reason());
                out.printf("    %s: \"%s\"  [%s:%d]%n", d.first().stated(), LinkOutput.quote(d.first(), texts),
                        d.first().article().value(), d.first().assertion().span().start());
                out.printf("    %s: \"%s\"  [%s:%d]%n", d.second().stated(), LinkOutput.quote(d.second(), texts),
                        d.second().article().value(), d.second().assertion().span().start());
            }
            out.println(ds.size() + " dispute(s)");
        }
        out.flush();
        return Main.OK;
    }
}
