package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.model.Modality;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredFact;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What {@code sitrep events} and {@code sitrep assertions} share: the filters (run in SQL) and the JSON output. */
abstract class FactListing implements Callable<Integer> {
    @Option(names = "--by", paramLabel = "ACTOR",
            description = "Held by this actor (a claim's source, or the outlet for narration): code prefix or name part.")
    String by;

    @Option(names = "--about", paramLabel = "ACTOR|PLACE",
            description = "About this actor (code prefix or name part) or place (name part; a place also matches what lies inside it).")
    String about;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this PLOVER type (events) or kind (assertions).")
    String type;

    @Option(names = "--modality", paramLabel = "MODALITY",
            description = "Only facts presented so: ${COMPLETION-CANDIDATES} (\"could take\" is HYPOTHETICAL).")
    Modality modality;

    @Option(names = "--from", paramLabel = "DATE", description = "Facts whose time (else publication day) ends after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Facts whose time (else publication day) starts on or before this day.")
    LocalDate to;

    @Option(names = "--json", description = "Print {\"count\": n, \"<kind>\": […]} as JSON.")
    boolean json;

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    /** "events" or "assertions". */
    abstract String what();

    abstract List<StoredFact> query(Ledger ledger, FactQuery q);

    /** One fact as a line or two of the table. */
    abstract String line(JsonNode fact);

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        List<StoredFact> facts;
        try (Ledger ledger = db.openReadOnly()) {
            facts = query(ledger, new FactQuery(by, about, type, modality, from, to, null));
        }
        List<JsonNode> trees = new ArrayList<>();
        for (StoredFact f : facts) trees.add(tree(f.json()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("count", trees.size());
            ArrayNode array = root.putArray(what());
            trees.forEach(array::add);
            out.println(root);
        } else {
            trees.forEach(t -> out.println(line(t)));
            out.println(trees.size() + " " + what());
        }
        out.flush();
        return Main.OK;
    }

    static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A stored fact holds broken JSON: " + e.getMessage(), e);
        }
    }

    static String actor(JsonNode a) {
        if (a == null || a.isNull()) return "-";
        return a.path("code").isNull() || a.path("code").isMissingNode() ? a.path("name").asText() : a.path("code").asText();
    }

    static String place(JsonNode p) {
        if (p == null || p.isNull()) return "-";
        String name = p.path("name").asText(p.path("text").asText());
        return p.has("admin1") && !p.path("admin1").asText().isEmpty() && !p.path("admin1").asText().equals(name)
                ? name + " (" + p.path("admin1").asText() + ")" : name;
    }

    /** "" for an actual fact (and for rows written before V8, which lack it), else "  (planned)" and the like. */
    static String modality(JsonNode f) {
        String m = f.path("modality").asText("ACTUAL");
        return m.equals("ACTUAL") ? "" : "  (" + m.toLowerCase(java.util.Locale.ROOT) + ")";
    }

    static String day(JsonNode f) {
        JsonNode t = f.path("time");
        return t.isObject() && !t.path("start").isNull() ? t.path("start").asText() : f.path("published").asText() + "*";
    }
}
