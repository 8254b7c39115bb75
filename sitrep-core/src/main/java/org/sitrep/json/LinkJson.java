package org.sitrep.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.HappeningIndex;
import org.sitrep.link.Report;
import org.sitrep.model.Span;

/**
 * The one JSON form of happenings, disputes and their reports, written by {@code sitrep happenings/disputes --json}
 * and by the server's API. A report carries its assertion's span ({@code evidence}) and the sentence it rests on
 * ({@code textSpan}; {@code text} is its characters with whitespace folded). Thread-safe.
 */
public final class LinkJson {
    private LinkJson() {}

    /** A stable id for a dispute: its two reports' keys and its kind, {@code <first key>~<second key>~<KIND>}. */
    public static String id(Dispute d) {
        return d.first().key() + "~" + d.second().key() + "~" + d.kind().name();
    }

    /**
     * One report, quoted by {@code quote} (its {@link #quoteSpan} characters, whitespace folded, as the ledger stores
     * them); {@code textSpan} is left out when the quote is "".
     */
    public static ObjectNode report(Report r, Function<Report, String> quote) {
        return report(r, quote, r.original());
    }

    /** One report that counts under the independent source {@code original} (see {@link #happening}). */
    private static ObjectNode report(Report r, Function<Report, String> quote, String original) {
        ObjectNode o = Json.mapper().createObjectNode();
        var a = r.assertion();
        o.put("kind", a.kind().name());
        o.put("polarity", a.polarity().name());
        o.put("holder", a.holder().name());
        o.put("holderCode", a.holder().code());
        if (a.place() != null) {
            ObjectNode pl = o.putObject("place");
            pl.put("name", a.place().place().name());
            pl.put("geonameId", a.place().place().geonameId()); // -1: named in the article, not in the gazetteer
            pl.put("country", a.place().place().country());
            pl.put("admin1", a.place().place().admin1());
        }
        if (a.actor() != null) o.put("actor", a.actor().code() != null ? a.actor().code() : a.actor().name());
        o.put("stated", r.stated().toString());
        o.put("outlet", r.outlet());
        o.put("original", original);
        ObjectNode ev = o.putObject("evidence");
        ev.put("article", r.article().value());
        ev.put("start", a.span().start());
        ev.put("end", a.span().end());
        String text = quote.apply(r);
        o.put("text", text);
        Span s = quoteSpan(r);
        if (!text.isEmpty()) o.putObject("textSpan").put("start", s.start()).put("end", s.end());
        return o;
    }

    /** The characters a report is quoted by: its assertion's evidence span (the sentence), else its own span. */
    public static Span quoteSpan(Report r) {
        var a = r.assertion();
        return a.evidence() != null && a.evidence().span() != null ? a.evidence().span() : a.span();
    }

    /** A happening with its first {@code maxMembers} members ({@code memberCount} says how many it has). */
    public static ObjectNode happening(Happening h, Function<Report, String> quote, int maxMembers) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", h.id());
        o.put("family", h.family());
        o.put("about", h.about());
        o.put("from", h.from().toString());
        o.put("to", h.to().toString());
        o.put("independentSources", h.independentSources());
        ArrayNode orig = o.putArray("originals");
        h.originals().forEach(orig::add);
        o.put("memberCount", h.members().size());
        ArrayNode ms = o.putArray("members");
        // each member's original is the source it counts under, one of the happening's originals: a sentence
        // printed by two pages counts under the earlier page
        var sources = HappeningIndex.sources(h.members());
        for (Report r : h.members().subList(0, Math.min(maxMembers, h.members().size())))
            ms.add(report(r, quote, sources.getOrDefault(r.key(), r.original())));
        return o;
    }

    /** A dispute with both sides. */
    public static ObjectNode dispute(Dispute d, Function<Report, String> quote) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id(d));
        o.put("kind", d.kind().name());
        o.put("happening", d.happening());
        o.put("reason", d.reason());
        o.set("first", report(d.first(), quote));
        o.set("second", report(d.second(), quote));
        return o;
    }
}
