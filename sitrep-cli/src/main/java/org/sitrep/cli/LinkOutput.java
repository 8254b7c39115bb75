package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.sitrep.json.Json;
import org.sitrep.link.Happening;
import org.sitrep.link.Report;

/** Shared by {@code happenings} and {@code disputes}: filters happenings and writes reports as JSON. */
final class LinkOutput {
    private LinkOutput() {}

    /** Whether a happening matches --about (place or actor name, case-insensitive) and --from/--to (overlap). */
    static boolean matches(Happening h, String about, LocalDate from, LocalDate to) {
        if (from != null && h.to().isBefore(from)) return false;
        if (to != null && h.from().isAfter(to)) return false;
        if (about == null) return true;
        String q = about.toLowerCase(Locale.ROOT);
        if (h.about().toLowerCase(Locale.ROOT).contains(q)) return true;
        for (Report r : h.members()) {
            var a = r.assertion();
            if (a.place() != null && (a.place().place().name().toLowerCase(Locale.ROOT).contains(q)
                    || a.place().place().admin1().toLowerCase(Locale.ROOT).contains(q))) return true;
            if (a.actor() != null && a.actor().name() != null && a.actor().name().toLowerCase(Locale.ROOT).contains(q)) return true;
        }
        return false;
    }

    static ObjectNode report(Report r, Map<String, String> texts) {
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
        o.put("original", r.original());
        ObjectNode ev = o.putObject("evidence");
        ev.put("article", r.article().value());
        ev.put("start", a.span().start());
        ev.put("end", a.span().end());
        o.put("text", quote(r, texts));
        return o;
    }

    /** The characters the report rests on (its evidence sentence), as stored with the links. */
    static String quote(Report r, Map<String, String> quotes) {
        return quotes.getOrDefault(r.key(), "");
    }

    static ArrayNode array() {
        return Json.mapper().createArrayNode();
    }
}
