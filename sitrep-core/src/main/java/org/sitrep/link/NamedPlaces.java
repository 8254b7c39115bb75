package org.sitrep.link;

import java.util.List;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.resolve.PlaceNameKey;

/**
 * Gives linking a place to compare where the gazetteer had none: villages such as Predtechyne are missing from
 * GeoNames cities500, so their assertions carry only the span naming them. Such a name becomes a <em>named-only</em>
 * place ({@link #NAMED_ONLY} as its GeoNames id): a populated place with the name as written, located in the region
 * of the nearest resolved place named in the same sentence (else the sentence before; datelines in capitals aside) —
 * "Predtechyne in the Donetsk region", "Predtechyne, south-east of Kostiantynivka" — or in no known region. Two
 * named-only places are the same when their spelling-folded keys ({@link PlaceNameKey}: Predtechyne / Predtechino)
 * lie within the gazetteer's own tolerance (see {@link #sameName}); a named-only place lies within a resolved
 * region when its inferred region is that one. Stateless and thread-safe.
 */
public final class NamedPlaces {
    /** The evidence stage of a place found by its written name. */
    public static final String NAME = "link-named-place";
    /** The GeoNames id of a named-only place: no gazetteer entry, only the article's name for it. */
    public static final long NAMED_ONLY = -1;

    private NamedPlaces() {}

    /** Whether the place is the article's name for a place the gazetteer lacks. */
    public static boolean namedOnly(Place p) {
        return p.geonameId() == NAMED_ONLY;
    }

    /**
     * The assertion as linking compares it: with a named-only place when it names an unresolved place, and a
     * RESPONSIBILITY assertion (which names only the blamed actor) with the place of the accusation's event or,
     * failing that, the first place named in its sentence: blame is about something that happened somewhere.
     */
    static Assertion locate(Doc doc, Assertion a) {
        a = accuser(doc, a);
        if (a.place() != null) return a;
        Span name = a.placeName();
        // an accused act (BlameReader) was placed by its own phrase: a place elsewhere in the sentence is not its
        if (name == null && a.kind() == Assertion.Kind.RESPONSIBILITY && accusation(doc, a)) {
            List<Event> events = doc.find(Layer.EVENTS).orElse(List.of());
            if (a.event() >= 0 && a.event() < events.size()) {
                Event e = events.get(a.event());
                if (e.place() != null) return with(a, e.place(), e.placeName());
                name = e.placeName();
            }
            if (name == null) {
                Span sentence = sentenceOf(doc, a.span().start());
                for (PlaceMention pm : doc.find(Layer.PLACES).orElse(List.of()))
                    if (sentence != null && pm.place().featureKind() != FeatureKind.COUNTRY
                            && pm.span().start() >= sentence.start() && pm.span().end() <= sentence.end())
                        return with(a, pm, pm.span());
                return a;
            }
        }
        if (name == null || name.end() > doc.text().length() || name.length() == 0) return a;
        String written = doc.text().substring(name.start(), name.end()).replaceAll("\\s+", " ").strip();
        if (PlaceNameKey.key(written).isEmpty()) return a;
        PlaceMention region = regionNear(doc, name);
        Place p = region == null
                ? new Place(NAMED_ONLY, written, FeatureKind.POPULATED_PLACE, "", "", "", 0, 0, 1)
                : new Place(NAMED_ONLY, written, FeatureKind.POPULATED_PLACE, region.place().country(),
                        adminOf(region.place()), "", region.place().lat(), region.place().lon(), 1);
        Evidence ev = new Evidence(doc.article().id(), name, NAME, "1", 0.5);
        return with(a, new PlaceMention(name, p, ev), name);
    }

    /**
     * An outlet's narration of an accusation ("the Energy Ministry blamed Russia for …") is the accuser's assertion,
     * not the outlet's: a RESPONSIBILITY assertion without a claim takes its accusation event's agent as holder.
     */
    private static Assertion accuser(Doc doc, Assertion a) {
        if (a.kind() != Assertion.Kind.RESPONSIBILITY || a.claim() != null || !accusation(doc, a)) return a;
        List<Event> events = doc.find(Layer.EVENTS).orElse(List.of());
        if (events.get(a.event()).agent() == null) return a;
        return new Assertion(a.span(), a.kind(), a.polarity(), a.modality(), a.actor(), a.place(), a.placeName(), a.time(), a.count(),
                a.norm(), a.event(), a.claim(), events.get(a.event()).agent(), a.evidence(), a.trigger(), a.mode(), a.dateBasis());
    }

    /**
     * Whether a RESPONSIBILITY assertion rests on an accusation event ("blamed Russia for the blast"), not on the
     * accused act itself (whose holder and place the assertions stage already read).
     */
    private static boolean accusation(Doc doc, Assertion a) {
        List<Event> events = doc.find(Layer.EVENTS).orElse(List.of());
        return a.event() >= 0 && a.event() < events.size()
                && events.get(a.event()).type() == org.sitrep.model.PloverType.ACCUSE;
    }

    /**
     * Whether two named-only places, or a named-only place and a town, are one: their keys lie within the
     * gazetteer's tolerance, and a town must be in the country inferred for the name. Two named-only places are
     * compared by name alone: their regions are only inferred from the places around them, which are themselves
     * sometimes wrong (a dateline, a misread neighbour), and a wrong region would split one village's reports.
     */
    static boolean sameName(Place a, Place b) {
        if (!(namedOnly(a) && namedOnly(b))) {
            if (!a.country().isEmpty() && !b.country().isEmpty() && !a.country().equals(b.country())) return false;
            if (!a.admin1().isEmpty() && !b.admin1().isEmpty() && !a.admin1().equals(b.admin1())) return false;
        }
        String x = PlaceNameKey.key(a.name()), y = PlaceNameKey.key(b.name());
        if (x.equals(y)) return true;
        return PlaceNameKey.distance(x, y) <= PlaceNameKey.tolerance(Math.min(x.length(), y.length()));
    }

    private static Assertion with(Assertion a, PlaceMention place, Span placeName) {
        return new Assertion(a.span(), a.kind(), a.polarity(), a.modality(), a.actor(), place, placeName, a.time(), a.count(),
                a.norm(), a.event(), a.claim(), a.holder(), a.evidence(), a.trigger(), a.mode(), a.dateBasis());
    }

    /** The first-level region a resolved place lies in, by the name its members carry. */
    private static String adminOf(Place p) {
        if (p.featureKind() == FeatureKind.ADMIN1) return p.admin1().isEmpty() ? p.name() : p.admin1();
        return p.admin1();
    }

    /** The resolved sub-country place nearest the name in its sentence, else in the sentence before, or null. */
    private static PlaceMention regionNear(Doc doc, Span name) {
        List<Sentence> sentences = doc.find(Layer.SENTENCES).orElse(List.of());
        List<PlaceMention> places = doc.find(Layer.PLACES).orElse(List.of());
        int si = -1;
        for (int i = 0; i < sentences.size(); i++)
            if (sentences.get(i).span().start() <= name.start() && name.start() < sentences.get(i).span().end()) si = i;
        for (int s = si; s >= Math.max(0, si - 1); s--) {
            Span sentence = sentences.get(s).span();
            PlaceMention best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (PlaceMention pm : places) {
                if (pm.place().featureKind() == FeatureKind.COUNTRY || pm.place().admin1().isEmpty()
                        && pm.place().featureKind() != FeatureKind.ADMIN1) continue;
                if (pm.span().start() < sentence.start() || pm.span().end() > sentence.end()) continue;
                String written = doc.text().substring(pm.span().start(), Math.min(doc.text().length(), pm.span().end()));
                if (written.equals(written.toUpperCase(java.util.Locale.ROOT))) continue; // a dateline: "MOSCOW, March 10
                int d = pm.span().start() >= name.end() ? pm.span().start() - name.end() : name.start() - pm.span().end();
                if (d >= 0 && d < bestDistance) {
                    best = pm;
                    bestDistance = d;
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    private static Span sentenceOf(Doc doc, int offset) {
        for (Sentence s : doc.find(Layer.SENTENCES).orElse(List.of()))
            if (s.span().start() <= offset && offset < s.span().end()) return s.span();
        return null;
    }
}
