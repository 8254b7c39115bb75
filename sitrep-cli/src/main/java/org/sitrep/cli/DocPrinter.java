package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.Json;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;

/**
 * Renders a document's facts for people: every layer except the bulky linguistic ones, one line per element with
 * its quoted text and its fields. Works for any layer a stage adds, through the stand-off JSON form.
 */
final class DocPrinter {
    private static final Set<String> LINGUISTIC = Set.of(Layer.TOKENS.name(), Layer.SENTENCES.name(),
            Layer.DEPENDENCIES.name());

    private DocPrinter() {}

    static String headline(Doc doc) {
        return headline(doc.article());
    }

    static String headline(Article a) {
        return a.id() + "  " + a.published() + "  " + (a.outlet() == null ? "-" : a.outlet()) + "  "
                + (a.title() == null || a.title().isBlank() ? a.source() : a.title());
    }

    static void printFacts(PrintWriter out, Doc doc, String indent) {
        JsonNode facts = factsJson(doc);
        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> layer = it.next();
            out.println(indent + layer.getKey() + " (" + layer.getValue().size() + ")");
            if (layer.getKey().equals(Layer.CLAIMS.name())) {
                // Claims read better as sentences than as their spans.
                for (Claim c : doc.get(Layer.CLAIMS)) {
                    out.println(indent + "  " + String.format("%-5d", c.cue().start()) + " "
                            + (c.source().code() == null ? "?" : c.source().code()) + " " + c.source().name()
                            + " [" + c.cueClass() + ", " + c.stance() + (c.firstTime() ? ", first" : "")
                            + ", " + c.statementDate() + "] " + quote(c.cue().of(doc.text())) + ": " + quote(c.content().of(doc.text())));
                }
                continue;
            }
            if (layer.getKey().equals(Layer.EVENTS.name())) {
                // Events as "type agent -> target @ place, counts, held by": their JSON is too long for a line.
                for (org.sitrep.model.Event e : doc.get(Layer.EVENTS))
                    out.println(indent + "  " + String.format("%-5d", e.span().start()) + " " + e.type()
                            + (e.mode().isEmpty() ? "" : "/" + e.mode()) + " " + code(e.agent()) + " -> "
                            + code(e.target()) + " @ " + (e.place() != null ? e.place().place().name()
                            : e.placeName() != null ? e.placeName().of(doc.text()) : "-")
                            + e.quantities().stream().map(q -> " " + q.value() + " " + q.counted()).reduce("", String::concat)
                            + " [" + e.polarity() + ", " + e.modality() + ", held by " + code(e.holder()) + "] "
                            + quote(e.span().of(doc.text())));
                continue;
            }
            for (JsonNode e : layer.getValue()) out.println(indent + "  " + line(e));
        }
        for (Issue issue : doc.issues()) out.println(indent + "issue " + issue.code() + ": " + issue.message());
    }

    private static String code(org.sitrep.model.ActorRef a) {
        return a == null ? "-" : a.code() != null ? a.code() : a.name();
    }

    /** {layer: [{start, end, text, …fields}]} for the fact layers, text quoted from the article. */
    static ObjectNode factsJson(Doc doc) {
        ObjectNode tree = StandoffJson.toTree(doc);
        ObjectNode out = Json.mapper().createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.get("layers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> layer = it.next();
            if (LINGUISTIC.contains(layer.getKey())) continue;
            ArrayNode elements = out.putArray(layer.getKey());
            for (JsonNode e : layer.getValue()) {
                ObjectNode copy = Json.mapper().createObjectNode();
                if (e.has("start") && e.has("end")) {
                    copy.put("start", e.get("start").asInt());
                    copy.put("end", e.get("end").asInt());
                    copy.put("text", doc.text().substring(e.get("start").asInt(), e.get("end").asInt()));
                }
                e.fields().forEachRemaining(f -> {
                    if (!copy.has(f.getKey()) && !f.getKey().equals("evidence")) copy.set(f.getKey(), f.getValue());
                });
                elements.add(copy);
            }
        }
        return out;
    }

    private static String line(JsonNode e) {
        StringBuilder b = new StringBuilder();
        if (e.has("text")) b.append(String.format("%-5s %-32s", e.get("start").asInt(), quote(e.get("text").asText())));
        e.fields().forEachRemaining(f -> {
            String k = f.getKey();
            if (k.equals("start") || k.equals("end") || k.equals("text") || f.getValue().isNull()) return;
            b.append(' ').append(k).append('=').append(f.getValue().isTextual() ? f.getValue().asText() : f.getValue());
        });
        return b.toString();
    }

    private static String quote(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > 90 ? oneLine.substring(0, 87) + "..." : oneLine) + "\"";
    }
}
