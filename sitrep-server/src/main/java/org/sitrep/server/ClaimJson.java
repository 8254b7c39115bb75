package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.json.Json;
import org.sitrep.store.StoredClaim;

/**
 * A stored claim as the API gives it: the fields of {@code sitrep claims --json} plus the cue's and content's spans,
 * so the page can mark them in the article text.
 */
final class ClaimJson {
    private static final ObjectMapper M = Json.mapper();

    private ClaimJson() {}

    static ObjectNode of(StoredClaim c) {
        ObjectNode o = M.createObjectNode();
        o.put("id", c.id());
        o.set("source", actor(c.source()));
        ArrayNode chain = o.putArray("chain");
        c.chain().forEach(link -> chain.add(actor(link)));
        o.put("cue", c.cue());
        o.put("cueLemma", c.cueLemma());
        o.put("cueClass", c.cueClass());
        o.put("content", c.content());
        o.put("stance", c.stance());
        o.put("polarity", c.polarity());
        o.put("firstTime", c.firstTime());
        o.put("statementDate", c.statementDate() == null ? null : c.statementDate().toString());
        o.put("dateBasis", c.dateBasis());
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

    private static ObjectNode span(int start, int end) {
        return M.createObjectNode().put("start", start).put("end", end);
    }

    private static ObjectNode actor(StoredClaim.ActorLink link) {
        ObjectNode o = M.createObjectNode();
        o.put("code", link.code());
        o.put("name", link.name());
        if (link.text() != null) o.put("text", link.text());
        if (link.refersTo() != null) o.put("refersTo", link.refersTo());
        return o;
    }
}
