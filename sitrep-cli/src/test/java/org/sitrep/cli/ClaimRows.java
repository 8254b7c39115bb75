package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.json.Json;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/**
 * How {@code sitrep claims} selected and printed claims before the claims table (schema V2): from each whole
 * document, in Java. Kept as the test oracle that the SQL path must reproduce exactly ({@link ClaimsCommandTest}).
 */
record ClaimRows(Doc doc, Claim claim) {
    /** {@code sitrep claims --json} output as the document scan produced it, for these filters (null = any). */
    static String listing(List<Doc> docs, String by, String about, LocalDate from, LocalDate to) {
        List<ClaimRows> rows = new ArrayList<>();
        for (Doc doc : docs)
            for (Claim c : doc.get(Layer.CLAIMS)) {
                ClaimRows row = new ClaimRows(doc, c);
                if ((by == null || row.by(by)) && (about == null || row.about(about)) && row.within(from, to)) rows.add(row);
            }
        rows.sort(Comparator.comparing((ClaimRows r) -> r.claim().statementDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.doc().article().id().value()).thenComparing(r -> r.claim().cue()));
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("count", rows.size());
        ArrayNode claims = root.putArray("claims");
        rows.forEach(r -> claims.add(r.toJson()));
        return root.toString();
    }

    String id() {
        return doc.article().id() + ":" + claim.cue().start();
    }

    String text(Span span) {
        return span.of(doc.text());
    }

    /** The first place named in the content, else in the claim's sentence. */
    Optional<Place> place() {
        Optional<Place> inContent = placeWithin(claim.content());
        return inContent.isPresent() ? inContent : placeWithin(claim.evidence().span());
    }

    private Optional<Place> placeWithin(Span span) {
        return doc.get(Layer.PLACES).stream().filter(p -> span.contains(p.span())).map(PlaceMention::place).findFirst();
    }

    /** The claim's source or any link of its chain matches: a code prefix (RUS matches RUSMIL) or a name part. */
    boolean by(String actor) {
        if (matches(claim.source(), actor)) return true;
        return claim.chain().stream().anyMatch(link -> matches(link, actor));
    }

    /** The content names the actor or place, or contains the words. */
    boolean about(String subject) {
        String needle = subject.toLowerCase(Locale.ROOT);
        Span content = claim.content();
        for (ActorMention a : doc.get(Layer.ACTORS))
            if (content.contains(a.span()) && (codeMatches(a.code(), subject) || a.name().toLowerCase(Locale.ROOT).contains(needle)))
                return true;
        for (PlaceMention p : doc.get(Layer.PLACES))
            if (content.contains(p.span()) && p.place().name().toLowerCase(Locale.ROOT).contains(needle)) return true;
        return text(content).toLowerCase(Locale.ROOT).contains(needle);
    }

    boolean within(LocalDate from, LocalDate to) {
        LocalDate d = claim.statementDate();
        if (d == null) return from == null && to == null;
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    private static boolean matches(ActorRef ref, String actor) {
        return codeMatches(ref.code(), actor) || ref.name().toLowerCase(Locale.ROOT).contains(actor.toLowerCase(Locale.ROOT));
    }

    private static boolean codeMatches(String code, String actor) {
        return code != null && actor.length() >= 3 && actor.equals(actor.toUpperCase(Locale.ROOT)) && code.startsWith(actor);
    }

    ObjectNode toJson() {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id());
        o.set("source", actorJson(claim.source()));
        ArrayNode chain = o.putArray("chain");
        claim.chain().forEach(link -> chain.add(actorJson(link)));
        o.put("cue", text(claim.cue()));
        o.put("cueLemma", claim.cueLemma());
        o.put("cueClass", claim.cueClass().code());
        o.put("content", text(claim.content()));
        o.put("stance", claim.stance().code());
        o.put("polarity", claim.polarity().code());
        o.put("firstTime", claim.firstTime());
        o.put("statementDate", claim.statementDate() == null ? null : claim.statementDate().toString());
        o.put("dateBasis", claim.dateBasis() == null ? null : claim.dateBasis().code());
        o.set("place", place().<com.fasterxml.jackson.databind.JsonNode>map(p -> Json.mapper().valueToTree(p))
                .orElse(Json.mapper().nullNode()));
        ObjectNode evidence = o.putObject("evidence");
        evidence.put("article", doc.article().id().value());
        evidence.put("start", claim.evidence().span().start());
        evidence.put("end", claim.evidence().span().end());
        evidence.put("stage", claim.evidence().stage() + "/" + claim.evidence().stageVersion());
        evidence.put("confidence", claim.evidence().confidence());
        o.set("cueSpan", Json.mapper().createObjectNode().put("start", claim.cue().start()).put("end", claim.cue().end()));
        o.set("contentSpan", Json.mapper().createObjectNode().put("start", claim.content().start())
                .put("end", claim.content().end()));
        o.put("published", doc.article().published().toString());
        o.put("outlet", doc.article().outlet());
        return o;
    }

    /** {code, name, text: the words the article uses, refersTo: what a pronoun or description stands for}. */
    private ObjectNode actorJson(ActorRef ref) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("code", ref.code());
        if (ref.actorId() != null) o.put("id", ref.actorId());
        o.put("name", ref.name());
        if (ref.mention() != null) o.put("text", text(ref.mention()));
        if (ref.antecedent() != null) o.put("refersTo", text(ref.antecedent()));
        return o;
    }
}
