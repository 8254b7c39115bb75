package org.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;

/**
 * Stand-off JSON, the interchange form of a document: the article with its text once, then one array per layer
 * whose elements carry {@code start} and {@code end} (UTF-16 offsets) in place of a nested span. Thread-safe.
 *
 * <pre>{"format": "sitrep-standoff/1", "article": {…, "text": "…"}, "layers": {"tokens": [{"start": 0, "end": 5, …}]}, "issues": […]}</pre>
 */
public final class StandoffJson {
    public static final String FORMAT = "sitrep-standoff/1";
    private static final ObjectMapper M = Json.mapper();

    private StandoffJson() {}

    public static ObjectNode toTree(Doc doc) {
        ObjectNode root = M.createObjectNode();
        root.put("format", FORMAT);
        root.set("article", M.valueToTree(doc.article()));
        ObjectNode layers = root.putObject("layers");
        for (String name : doc.layerNames()) {
            // vectors are recomputed from the tokens when needed; stored they would be 1.5 KB per token
            if (name.equals(Layer.EMBEDDINGS.name())) continue;
            ArrayNode array = layers.putArray(name);
            for (Object element : doc.layer(name))
                array.add(flattenSpan(M.valueToTree(element)));
        }
        ArrayNode issues = root.putArray("issues");
        for (Issue issue : doc.issues())
            issues.add(flattenSpan(M.valueToTree(issue)));
        return root;
    }

    public static String write(Doc doc) {
        try {
            return M.writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write document " + doc.article().id(), e);
        }
    }

    /** Reads a document; layers this version does not know are skipped. */
    public static Doc read(String json) {
        try {
            JsonNode root = M.readTree(json);
            if (!FORMAT.equals(root.path("format").asText()))
                throw new IllegalArgumentException("Not stand-off JSON: expected format '" + FORMAT + "', got '"
                        + root.path("format").asText() + "'");
            Doc doc = Doc.of(M.treeToValue(root.get("article"), Article.class));
            JsonNode layers = root.path("layers");
            for (Iterator<Map.Entry<String, JsonNode>> it = layers.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                for (Layer<?> layer : Layer.known())
                    if (layer.name().equals(entry.getKey()))
                        doc = readLayer(doc, layer, entry.getValue());
            }
            for (JsonNode issue : root.path("issues"))
                doc = doc.withIssue(M.treeToValue(nestSpan(issue), Issue.class));
            return doc;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Malformed stand-off JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <E> Doc readLayer(Doc doc, Layer<E> layer, JsonNode array) throws JsonProcessingException {
        List<E> elements = new ArrayList<>();
        for (JsonNode element : array)
            elements.add(M.treeToValue(nestSpan(element), layer.elementType()));
        return doc.with(layer, elements);
    }

    private static JsonNode flattenSpan(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("span") instanceof ObjectNode span) {
            ObjectNode flat = M.createObjectNode();
            flat.set("start", span.get("start"));
            flat.set("end", span.get("end"));
            object.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("span")) flat.set(f.getKey(), f.getValue());
            });
            return flat;
        }
        if (node instanceof ObjectNode object && object.has("span") && object.get("span").isNull())
            object.remove("span");
        return node;
    }

    private static JsonNode nestSpan(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("start") && object.has("end") && !object.has("span")) {
            ObjectNode copy = object.deepCopy();
            ObjectNode span = copy.putObject("span");
            span.set("start", copy.remove("start"));
            span.set("end", copy.remove("end"));
            return copy;
        }
        return node;
    }
}
