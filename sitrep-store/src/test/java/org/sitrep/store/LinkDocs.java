package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.Linker;
import org.sitrep.link.OutletRegistry;
import org.sitrep.link.Report;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Hand-built analyzed articles for the link tables: a contest about Kursk, a wire story printed three times (the
 * latest arrival being the earliest copy), a village the gazetteer lacks claimed by one side and held, then left,
 * by the other. No model.
 */
final class LinkDocs {
    static final Place KURSK = new Place(489, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.5, 35.9, 3);
    static final ActorRef RUSMIL = ActorRef.named("RUSMIL", "Russia (military)", null);
    static final ActorRef UKRMIL = ActorRef.named("UKRMIL", "Ukraine (military)", null);
    static final ActorRef RUS = ActorRef.named("RUS", "Russia", null);
    static final ActorRef UKR = ActorRef.named("UKR", "Ukraine", null);
    static final String WIRE = "Ukrainian troops have pulled back from positions in the village of Predtechyne, a "
            + "military spokesman said on Friday, days after he had denied Russian claims to have captured it.";

    private LinkDocs() {}

    /**
     * A one-sentence article holding one assertion at {@code trigger} about {@code place} (or, when null, about the
     * village {@code village} that only the text names); {@code holder} null makes it the outlet's narration.
     */
    static Doc doc(String outlet, String date, String text, String trigger, Place place, String village,
                   ActorRef holder, Kind kind, Polarity polarity, ActorRef actor) {
        Article art = Article.of(outlet, null, "en", LocalDate.parse(date), null, null, text, "test");
        Evidence ev = new Evidence(art.id(), new Span(0, text.length()), "test", "1", 1.0);
        int t = text.indexOf(trigger);
        Span name = village == null ? null : new Span(text.indexOf(village), text.indexOf(village) + village.length());
        ActorRef who = holder != null ? holder : ActorRef.named(null, outlet, null);
        Assertion a = new Assertion(new Span(t, t + trigger.length()), kind, polarity, actor,
                place == null ? null : new PlaceMention(new Span(t, t + trigger.length()), place, ev), name, null, null,
                null, -1, holder == null ? null : "cue:0-1", who, ev);
        return Doc.of(art).with(Layer.SENTENCES, List.of(new Sentence(new Span(0, text.length()), 0, 1)))
                .with(Layer.ASSERTIONS, List.of(a));
    }

    static List<Doc> scenario() {
        List<Doc> out = new ArrayList<>();
        out.add(doc("TASS", "2025-04-26", "The Kursk region has been completely liberated, the general said.",
                "liberated", KURSK, null, RUSMIL, Kind.CONTROL, Polarity.POSITIVE, RUS));
        out.add(doc("Ukrinform", "2025-04-27", "There were 21 clashes in the Kursk direction during the day.",
                "clashes", KURSK, null, UKRMIL, Kind.FIGHTING, Polarity.POSITIVE, null));
        out.add(doc("Meridian Wire", "2026-03-13", WIRE, "pulled", null, "Predtechyne", null, Kind.CONTROL,
                Polarity.NEGATIVE, UKR));
        out.add(doc("Site A", "2026-03-14", WIRE + " Site A", "pulled", null, "Predtechyne", null, Kind.CONTROL,
                Polarity.NEGATIVE, UKR));
        out.add(doc("Site B", "2026-03-12", "Site B: " + WIRE, "pulled", null, "Predtechyne", null, Kind.CONTROL,
                Polarity.NEGATIVE, UKR));
        out.add(doc("Kyiv Daily Monitor", "2026-03-10", "The military said its troops still held Predtechyne.", "held",
                null, "Predtechyne", UKRMIL, Kind.CONTROL, Polarity.POSITIVE, UKR));
        out.add(doc("ABS News", "2026-03-13", "The military said its troops withdrew from Predtechyne.", "withdrew",
                null, "Predtechyne", UKRMIL, Kind.CONTROL, Polarity.NEGATIVE, UKR));
        out.add(doc("NRA", "2026-03-10", "Units liberated the settlement of Predtechino, the ministry said.", "liberated",
                null, "Predtechino", RUSMIL, Kind.CONTROL, Polarity.POSITIVE, RUS));
        return out;
    }

    /** Happenings and disputes as comparable lines: ids, members, originals, disputes with their reasons. */
    static List<String> lines(List<Happening> happenings, List<Dispute> disputes) {
        List<String> out = new ArrayList<>();
        for (Happening h : happenings)
            out.add("H " + h.id() + " " + h.family() + " " + h.about() + " " + h.from() + ".." + h.to() + " "
                    + h.originals() + " " + h.members().stream().map(r -> r.key() + "/" + r.copyOf()).toList());
        for (Dispute d : disputes)
            out.add("D " + d.kind() + " " + d.happening() + " " + d.first().key() + " " + d.second().key() + " " + d.reason());
        return out;
    }

    /** What linking every document at once in memory gives. */
    static List<String> inMemory(List<Doc> docs) {
        Linker linker = new Linker(OutletRegistry.standard());
        docs.forEach(linker::add);
        return lines(linker.happenings(), linker.disputes());
    }

    static List<String> stored(Ledger ledger) {
        StoredLinks links = ledger.links();
        for (Happening h : links.happenings())
            for (Report r : h.members()) if (!links.quotes().containsKey(r.key())) throw new AssertionError("no quote for " + r.key());
        return lines(links.happenings(), links.disputes());
    }
}
