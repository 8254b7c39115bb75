package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sitrep.json.Json;
import org.sitrep.link.Happening;
import org.sitrep.link.Linker;
import org.sitrep.link.OutletRegistry;
import org.sitrep.link.Report;
import org.sitrep.model.Doc;
import org.sitrep.store.Ledger;

/** Shared by {@code happenings} and {@code disputes}: links the stored documents and writes reports as JSON. */
final class LinkOutput {
    private LinkOutput() {}

    /** Links every stored document; keeps the texts for evidence quotes. */
    static Linker link(Ledger ledger, Map<String, String> texts) {
        Linker linker = new Linker(OutletRegistry.standard());
        ledger.forEachDoc((Doc d) -> {
            texts.put(d.article().id().value(), d.text());
            linker.add(d);
        });
        return linker;
    }

    static Map<String, String> texts() {
        return new HashMap<>();
    }

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

    /** The characters the assertion rests on, from its sentence (evidence span), or its own span. */
    static String quote(Report r, Map<String, String> texts) {
        String t = texts.get(r.article().value());
        var s = r.assertion().evidence() != null && r.assertion().evidence().span() != null
                ? r.assertion().evidence().span() : r.assertion().span();
        if (t == null || s.end() > t.length()) return "";
        return t.substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    }

    static ArrayNode array() {
        return Json.mapper().createArrayNode();
    }
}
