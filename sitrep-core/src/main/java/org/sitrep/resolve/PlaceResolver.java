package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.StageVersions;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.model.Stage;

/**
 * Resolves the article's location-like entity mentions to gazetteer places, ranked by the article's context
 * (see {@link PlaceSpanResolver}): "Kursk region / oblast / direction / sector" becomes the oblast with precision 3,
 * a bare "Kursk" the town; a capital or country used as a speaker ("Moscow denied") is still resolved but with
 * lower confidence, leaving the agent reading to the actor resolver.
 *
 * <p>LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY (and GPE, LOC) mentions are resolved with spelling tolerance;
 * ORGANIZATION and MISC mentions, which taggers sometimes give to places, only on an exact name key and only when
 * the place agrees with the article's other places. Names the tagger missed (a 3-class NER model often misses
 * "Kursk" in "the Kursk region") are added from {@link TextGeoparser} where they overlap no entity mention.
 * Immutable and thread-safe.
 */
public final class PlaceResolver implements Stage {
    static final String NAME = "place-resolver";
    /** Recorded with the output's fingerprint in {@link StageVersions}; a test says when to add a new one. */
    static final String VERSION = StageVersions.current(NAME);
    static final Set<String> PLACE_KINDS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "GPE", "LOC");
    static final Set<String> MAYBE_PLACE_KINDS = Set.of("ORGANIZATION", "MISC", "ORG");

    private final PlaceSpanResolver resolver;
    private final TextGeoparser untagged;
    private final Set<String> priorCountries;

    /** Resolves against the bundled gazetteer with no country prior. */
    public PlaceResolver() {
        this(Gazetteer.global(), Set.of());
    }

    /** @param priorCountries ISO2 countries to prefer when an article names none (a feed's theatre) */
    public PlaceResolver(Gazetteer gazetteer, Set<String> priorCountries) {
        this.resolver = new PlaceSpanResolver(gazetteer);
        this.untagged = new TextGeoparser(gazetteer);
        this.priorCountries = Set.copyOf(priorCountries);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.ENTITIES, Layer.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public Doc apply(Doc doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Layer.TOKENS);
        List<PlaceSpanResolver.Request> requests = new ArrayList<>();
        for (EntityMention m : doc.get(Layer.ENTITIES)) {
            if (m.span().end() > text.length() || m.span().length() == 0) continue;
            boolean place = PLACE_KINDS.contains(m.kind()), maybe = MAYBE_PLACE_KINDS.contains(m.kind());
            if (!place && !maybe || adjectival(tokens, m.span())) continue;
            Token next = nextToken(tokens, text, m.span());
            String word = next == null ? null : next.span().of(text), pos = next == null ? null : next.pos();
            requests.add(place ? PlaceSpanResolver.Request.tagged(m.span(), word, pos)
                    : new PlaceSpanResolver.Request(m.span(), false, true, word, pos));
        }
        List<EntityMention> entities = doc.get(Layer.ENTITIES);
        // a time expression is no place even where a gazetteer has its word ("Monday's strike" is not Mondaí)
        List<TimeExpression> timexes = doc.find(Layer.TIMEXES).orElse(List.of());
        for (PlaceSpanResolver.Request r : untagged.requests(text)) {
            if (timexes.stream().anyMatch(t -> t.span().overlaps(r.span())) || adjectival(tokens, r.span())) continue;
            if (entities.stream().noneMatch(m -> m.span().overlaps(r.span())))
                requests.add(r);
            else if (!r.tolerant() && entities.stream().anyMatch(m -> m.span().equals(r.span()) && m.kind().equals("PERSON"))
                    && placeWordsAround(tokens, text, r.span()))
                // "an assault on Chasiv Yar", "in the Lyman area": a town's name the tagger took for a person's,
                // where the words around it say it is a place (an exact gazetteer name only)
                requests.add(new PlaceSpanResolver.Request(r.span(), false, false));
            else if (!r.tolerant() && entities.stream().anyMatch(m -> namesFacilityOf(m, r.span(), text)))
                // "Hostomel Airfield", "Boryspil Airport": the tagger's facility has no gazetteer entry, the town
                // it is named after has (an exact gazetteer name only)
                requests.add(new PlaceSpanResolver.Request(r.span(), false, false));
        }
        requests.sort((a, b) -> a.span().compareTo(b.span()));
        List<PlaceMention> places = new ArrayList<>();
        for (PlaceSpanResolver.Resolved r : resolver.resolve(text, requests, priorCountries))
            places.add(new PlaceMention(r.span(), r.entry().toPlace(),
                    new Evidence(doc.article().id(), r.span(), name(), version(), r.confidence())));
        return doc.with(Layer.PLACES, places);
    }

    /** Words right before a name that make it a place whatever the tagger says ("near Lyman", "the town of Lyman"). */
    private static final Set<String> PLACE_BEFORE = Set.of("near", "around", "outside", "towards", "toward", "in",
            "into", "inside");
    /** Nouns that, with "of", make the next name a place: "the outskirts of Lyman". */
    private static final Set<String> PLACE_OF = Set.of("village", "town", "city", "settlement", "outskirts",
            "suburbs", "outside", "direction", "vicinity", "suburb",
            // the taking or holding of ground: "the occupation of Bucha", "the siege of Mariupol"
            "occupation", "capture", "seizure", "liberation", "siege", "encirclement", "defence", "defense");
    /** Nouns of a push or an attack on ground that, with "on", make the next name a place: "the assault on Lyman". */
    private static final Set<String> PLACE_ON = Set.of("assault", "assaults", "offensive", "advance", "push",
            "march", "storming",
            // an attack is made on a place as a push is ("the attack on Kyiv failed", "strikes on Bakhmut")
            "attack", "attacks", "strike", "strikes", "offensives", "advances");
    /**
     * Verb forms of taking, holding or fighting over ground that, right before a name, make it a place: "captured
     * Robotyne", "took Bakhmut", "defending Krynky", "encircled Avdiivka" (the tagger calls such names persons).
     */
    private static final Set<String> GROUND_VERBS_BEFORE = Set.of("took", "taken", "taking", "captured", "capturing",
            "recaptured", "recapturing", "retook", "retaken", "retaking", "liberated", "liberating", "seized", "seizing",
            "occupied", "occupying", "stormed", "storming", "encircled", "encircling", "surrounded", "surrounding",
            "besieged", "defended", "defending", "defend");
    /** Nouns of fighting that, with "for", make the next name a place: "the battles for Bakhmut". */
    private static final Set<String> PLACE_FOR = Set.of("battle", "battles", "fight", "fights", "fighting", "struggle");
    /** Words right after a name that make it a place: "the Lyman area", "the Lyman direction". */
    private static final Set<String> PLACE_AFTER = Set.of("area", "direction", "sector", "axis", "outskirts",
            "district", "region", "oblast", "front");

    /** Last words of a facility named after its town: "Hostomel Airfield", "the Boryspil airport". */
    private static final Set<String> FACILITIES = Set.of("airfield", "airport", "aerodrome", "airbase");

    /** Whether entity {@code m} is a facility whose name starts with the town name at {@code span}. */
    static boolean namesFacilityOf(EntityMention m, Span span, String text) {
        if (m.span().start() != span.start() || m.span().end() <= span.end()) return false;
        String rest = text.substring(span.end(), m.span().end()).strip().toLowerCase(Locale.ROOT);
        return FACILITIES.contains(rest);
    }

    /** Whether the words right around {@code span} say it names a place (see the sets above). */
    static boolean placeWordsAround(List<Token> tokens, String text, Span span) {
        int first = -1, last = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Span t = tokens.get(k).span();
            if (t.end() <= span.start()) continue;
            if (t.start() >= span.end()) break;
            if (first < 0) first = k;
            last = k;
        }
        if (first < 0) return false;
        String before = first > 0 ? tokens.get(first - 1).span().of(text) : "";
        String after = last + 1 < tokens.size() ? tokens.get(last + 1).span().of(text).toLowerCase(Locale.ROOT) : "";
        // "In Bucha, the mayor said …": a sentence's first word is capitalized
        if (PLACE_BEFORE.contains(before.toLowerCase(Locale.ROOT)) || PLACE_AFTER.contains(after)
                || GROUND_VERBS_BEFORE.contains(before.toLowerCase(Locale.ROOT)))
            return true;
        String noun = first > 1 ? tokens.get(first - 2).span().of(text).toLowerCase(Locale.ROOT) : "";
        // "took back Kherson", "pushed the enemy out of Robotyne"
        if (before.equals("back") && GROUND_VERBS_BEFORE.contains(noun) || before.equals("of") && noun.equals("out"))
            return true;
        return before.equals("of") && PLACE_OF.contains(noun) || before.equals("on") && PLACE_ON.contains(noun)
                || before.equals("for") && PLACE_FOR.contains(noun);
    }

    /**
     * Whether every token of the span is an adjective: a demonym or other adjective ("Chinese", "Ukrainian") names
     * no place, though a gazetteer may hold it as some region's or town's alternate name ("Chinese" was Crimea).
     */
    static boolean adjectival(List<Token> tokens, Span span) {
        boolean any = false;
        for (Token t : tokens) {
            if (t.span().end() <= span.start()) continue;
            if (t.span().start() >= span.end()) break;
            if (t.pos() == null || !t.pos().startsWith("JJ")) return false;
            any = true;
        }
        return any;
    }

    /** The first token that starts at or after the span's end (within a few characters), or null. */
    private static Token nextToken(List<Token> tokens, String text, Span span) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < span.end()) lo = mid + 1;
            else hi = mid;
        }
        if (lo >= tokens.size()) return null;
        Span next = tokens.get(lo).span();
        if (next.start() - span.end() > 3 || next.end() > text.length()) return null;
        return tokens.get(lo);
    }
}
