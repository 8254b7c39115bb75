package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.json.Json;

/**
 * The one public JSON form of a claim, written by {@code sitrep claims --json} and the server alike: {@code id},
 * {@code source} and {@code chain} (each {@code {code, id?, name, text?, refersTo?}}: {@code id} the actor's registry id), {@code cue}, {@code cueLemma},
 * {@code cueClass}, {@code content}, {@code stance}, {@code polarity}, {@code firstTime}, {@code statementDate},
 * {@code dateBasis}, {@code place}, {@code evidence} ({@code article, start, end, stage, confidence}), the cue's and
 * content's spans (UTF-16 offsets into the article text), {@code published} and {@code outlet}. Fields are only
 * ever added. Thread-safe.
 */
public final class ClaimJson {
    private static final ObjectMapper M = Json.mapper();

    private ClaimJson() {}

    /** The claim as a JSON object, fields in the order above. */
    public static ObjectNode of(StoredClaim c) {
        ObjectNode o = M.createObjectNode();
        o.put("id", c.id());
        o.set("source", actor(c.source()));
        ArrayNode chain = o.putArray("chain");
        c.chain().forEach(link -> chain.add(actor(link)));
        o.put("cue", c.cue());
        o.put("cueLemma", c.cueLemma());
        o.put("cueClass", code(c.cueClass()));
        o.put("content", c.content());
        o.put("stance", code(c.stance()));
        o.put("polarity", code(c.polarity()));
        o.put("firstTime", c.firstTime());
        o.put("statementDate", c.statementDate() == null ? null : c.statementDate().toString());
        o.put("dateBasis", code(c.dateBasis()));
        o.set("place", c.place() == null ? M.nullNode() : M.valueToTree(c.place()));
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("article", c.article().value());
        evidence.put("start", c.evidence().start());
        evidence.put("end", c.evidence().end());
        evidence.put("stage", c.stage() + "/" + c.stageVersion());
        evidence.put("confidence", c.confidence());
        o.set("cueSpan", span(c.cueSpan().start(), c.cueSpan().end()));
        o.set("contentSpan", span(c.contentSpan().start(), c.contentSpan().end()));
        o.put("published", c.published().toString());
        o.put("outlet", c.outlet());
        return o;
    }

    /** A closed set's code (its {@code toString}, e.g. "deny"), or null. */
    private static String code(Enum<?> value) {
        return value == null ? null : value.toString();
    }

    private static ObjectNode span(int start, int end) {
        return M.createObjectNode().put("start", start).put("end", end);
    }

    private static ObjectNode actor(StoredClaim.ActorLink link) {
        ObjectNode o = M.createObjectNode();
        o.put("code", link.code());
        if (link.id() != null) o.put("id", link.id());
        o.put("name", link.name());
        if (link.text() != null) o.put("text", link.text());
        if (link.refersTo() != null) o.put("refersTo", link.refersTo());
        return o;
    }
}
