package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Span;

/**
 * Resolves the place-name spans of one text together, so each informs the others: countries named anywhere
 * become a prior, a first pass fixes every span's best candidate and a second pass re-ranks each span with the
 * others' places as anchors (nearby towns, named regions). A designator after the name ("Kursk region / oblast /
 * direction / sector / axis", "Bakhmut district") asks for the region (a front's "direction / sector / axis" only
 * when a region has the name: "the Kupiansk direction" is the town); a capital or country followed by a speech
 * verb ("Moscow denied") is flagged as metonymy with lower confidence. Thread-safe.
 */
public final class PlaceSpanResolver {
    /** Words after a name that make it a first-level region. */
    static final Set<String> REGION_WORDS = Set.of("region", "regions", "oblast", "oblasts", "oblast'", "province",
            "provinces", "krai", "kray", "direction", "directions", "sector", "axis", "front", "governorate", "republic");
    /** Region words that name a front by the place it leads to: the region only when a region has the name. */
    static final Set<String> FRONT_WORDS = Set.of("direction", "directions", "sector", "axis", "front");
    private static boolean front(String designator) {
        return designator != null && FRONT_WORDS.contains(designator);
    }

    /** Words after a name that make it a second-level region. */
    static final Set<String> DISTRICT_WORDS = Set.of("district", "districts", "raion", "raions", "rayon", "county");
    /**
     * A plural designator shared by the names coordinated before it: "Donetsk and Luhansk regions", "the Kharkiv,
     * Sumy and Chernihiv oblasts" make every one of the names a region, not only the last.
     */
    private static final Pattern SHARED_DESIGNATOR = Pattern.compile("\\G(?:\\s*(?:,|,?\\s+and)\\s+\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)+\\s+(regions|oblasts|provinces|districts|raions)\\b");
    /** Verbs that, right after a capital's or country's name, make it stand for a government. */
    static final Set<String> SPEECH_VERBS = CueLexicon.union(
            CueLexicon.forms(CueLexicon.SPEECH_AFTER_NAME, CueLexicon.Form.PAST, CueLexicon.Form.THIRD_PERSON),
            Set.of("say", "deny", "has", "have", "had", "will", "would"));
    private static final Pattern NEXT_WORD = Pattern.compile("\\G[\\s\\p{Pd}]*(\\p{L}[\\p{L}']*)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    /**
     * A span and its place.
     *
     * @param confidence in (0, 1]: how clearly the best candidate beats the others, times the name closeness
     * @param metonymy   the name stands for a government ("Moscow denied"): resolved, but an actor resolver may
     *                   prefer to read it as an agent
     * @param nameScore  closeness of the span's text to the place's name, in (0, 1]
     */
    public record Resolved(Span span, Gazetteer.Entry entry, double confidence, boolean metonymy, double nameScore) {}

    /**
     * A span to resolve.
     *
     * @param tolerant whether spelling tolerance applies (true for tagger-found names; false for names guessed
     *                 from capitalization, where it would find places in ordinary words)
     * @param weak     only a guess (a capitalized word without a locative cue): kept only when its place lies in a
     *                 country the text otherwise points to
     * @param nextWord the word after the span when the caller has tokens, else null (then read from the text)
     */
    public record Request(Span span, boolean tolerant, boolean weak, String nextWord, String nextPos) {
        /** A tagger-found name: tolerant, not weak; the following token's text and part of speech, or nulls. */
        public static Request tagged(Span span, String nextWord, String nextPos) {
            return new Request(span, true, false, nextWord, nextPos);
        }

        /** A request whose next word the resolver reads from the text itself. */
        public Request(Span span, boolean tolerant, boolean weak) {
            this(span, tolerant, weak, null, null);
        }
    }

    private final Gazetteer gazetteer;

    public PlaceSpanResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Resolves each request that has a candidate; the result is in request order and skips unresolved spans.
     *
     * @param prior countries to prefer even when the text names none (ISO2), possibly empty
     */
    public List<Resolved> resolve(String text, List<Request> requests, Set<String> prior) {
        List<Pending> pending = new ArrayList<>();
        for (Request r : requests) {
            Pending p = prepare(text, r);
            if (p != null) pending.add(p);
        }
        Set<String> countries = new HashSet<>(prior);
        for (Pending p : pending)
            for (Gazetteer.Candidate c : p.candidates)
                if (c.entry().kind() == FeatureKind.COUNTRY && c.distance() == 0) countries.add(c.entry().country());
        PlaceContext base = PlaceContext.NONE.withCountries(countries);
        List<PlaceRanker.Ranked> first = new ArrayList<>();
        // what the text names clearly: countries, and the places of tagged or cued names matched as written
        Set<String> supported = new HashSet<>(countries);
        List<Gazetteer.Entry> clear = new ArrayList<>();
        for (Pending p : pending) {
            List<PlaceRanker.Ranked> ranked = PlaceRanker.rank(p.candidates, base, p.wanted);
            first.add(ranked.isEmpty() ? null : ranked.get(0));
            if (!ranked.isEmpty() && !p.weak && ranked.get(0).candidate().distance() == 0) {
                supported.add(ranked.get(0).entry().country());
                if (ranked.get(0).entry().kind() != FeatureKind.COUNTRY) clear.add(ranked.get(0).entry());
            }
        }
        List<Resolved> out = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            List<Gazetteer.Entry> anchors = new ArrayList<>();
            for (int j = 0; j < first.size(); j++)
                // a repeated name is no evidence for itself
                if (j != i && first.get(j) != null && first.get(j).entry().kind() != FeatureKind.COUNTRY
                        && !pending.get(j).key.equals(p.key))
                    anchors.add(first.get(j).entry());
            List<PlaceRanker.Ranked> ranked = new ArrayList<>(PlaceRanker.rank(p.candidates, base.withAnchors(anchors), p.wanted));
            // a name one spelling away from the text's is taken only in a country the text clearly points to
            // ("Khortytsia" is not Gorizia in Italy), unless the text points nowhere
            if (!supported.isEmpty())
                ranked.removeIf(r -> r.candidate().distance() > 0 && !supported.contains(r.entry().country()));
            if (ranked.isEmpty()) continue;
            PlaceRanker.Ranked best = ranked.get(0);
            // a weak guess (a capitalized word without a cue: "War", "West", "Minister") needs the text's clear
            // places around it, the theatre the caller configured, or, for a country, region or big town matched
            // as written, its country named
            if (p.weak && !near(best.entry(), clear) && !prior.contains(best.entry().country())
                    && !(prominent(best) && (supported.isEmpty() || supported.contains(best.entry().country()))))
                continue;
            // "the West" is no region of Cameroon: a region after "the" lies in a country the text names or is about
            if (p.bareAfterThe && best.entry().kind() == FeatureKind.ADMIN1 && !countries.contains(best.entry().country()))
                continue;
            double margin = ranked.size() > 1 ? best.score() - ranked.get(1).score() : 4;
            double confidence = (0.5 + 0.5 * Math.tanh(margin / 2)) * best.candidate().nameScore();
            boolean metonymy = p.speechVerbAfter && (best.entry().kind() == FeatureKind.COUNTRY
                    || best.entry().featureCode().equals("PPLC"));
            if (metonymy) confidence *= 0.6;
            out.add(new Resolved(p.span, best.entry(), Math.max(0.01, Math.min(1, confidence)), metonymy,
                    best.candidate().nameScore()));
        }
        return out;
    }

    private record Pending(Span span, String key, List<Gazetteer.Candidate> candidates, FeatureKind wanted,
                           boolean speechVerbAfter, boolean weak, boolean bareAfterThe) {}

    private Pending prepare(String text, Request r) {
        String surface = POSSESSIVE.matcher(r.span().of(text).strip()).replaceAll("");
        FeatureKind wanted = null;
        String next = r.nextWord() != null ? r.nextWord().toLowerCase(Locale.ROOT) : nextWord(text, r.span().end());
        String[] words = surface.split("\\s+");
        String firstWord = words[0].toLowerCase(Locale.ROOT), lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        String query = surface, designator = null;
        if (words.length > 1 && kindOf(lastWord) != null) {
            // the span carries its designator: "Kursk Oblast", "Bakhmut district", "Odesa city"
            wanted = kindOf(lastWord);
            designator = lastWord;
            query = surface.substring(0, surface.length() - words[words.length - 1].length()).strip();
        } else if (words.length > 1 && kindOf(firstWord) != null && !firstWord.equals("city")) {
            wanted = kindOf(firstWord); // "Oblast Donetsk"
            designator = firstWord;
            query = surface.substring(words[0].length()).strip();
        } else if (next != null) {
            wanted = kindOf(next);
            designator = next;
        }
        boolean shared = false;
        if (wanted == null) {
            Matcher m = SHARED_DESIGNATOR.matcher(text);
            if (r.span().end() < text.length() && m.find(r.span().end())) {
                designator = m.group(1).toLowerCase(Locale.ROOT);
                wanted = kindOf(designator);
                shared = true;
            }
        }
        Span span = r.span();
        if (words.length == 1 && wanted != null && !shared) {
            // "Kursk region": the mention covers the designator too
            Matcher m = NEXT_WORD.matcher(text);
            if (span.end() < text.length() && m.find(span.end()) && m.group(1).equalsIgnoreCase(next)
                    && m.start(1) - span.end() <= 3)
                span = new Span(span.start(), m.end(1));
        }
        List<Gazetteer.Candidate> candidates;
        String letters = surface.replace(".", "");
        if (ACRONYM.matcher(letters).matches()) {
            // "US", "U.S.", "UK", "EU": a country or region by its code or short name, never a village named "Us" or "Eu"
            candidates = new ArrayList<>();
            for (Gazetteer.Candidate c : gazetteer.exactCandidates(letters))
                if (c.entry().kind() == FeatureKind.COUNTRY || c.entry().kind() == FeatureKind.ADMIN1) candidates.add(c);
            Gazetteer.Entry byCode = gazetteer.country(letters).orElse(null);
            if (byCode != null && candidates.stream().noneMatch(c -> c.entry() == byCode))
                candidates.add(new Gazetteer.Candidate(byCode, letters, 0, 1));
        } else {
            candidates = r.tolerant() ? gazetteer.candidates(query) : gazetteer.exactCandidates(query);
            if (candidates.isEmpty() && wanted != null && !query.equals(surface))
                candidates = r.tolerant() ? gazetteer.candidates(surface) : gazetteer.exactCandidates(surface);
        }
        if (NO_PLACE.contains(PlaceNameKey.key(query))) return null;
        candidates = exactFirst(candidates, PlaceNameKey.key(query).length());
        if (FORMER_NAMES.contains(PlaceNameKey.key(query)))
            candidates.removeIf(c -> c.entry().kind() == FeatureKind.POPULATED_PLACE);
        // "the Kursk region" carries its designator; "the West" stands alone
        boolean bareAfterThe = wanted == null && afterThe(text, r.span().start()) && !attributive(next, r.nextPos());
        if (bareAfterThe)
            candidates.removeIf(c -> (c.entry().kind() == FeatureKind.POPULATED_PLACE || c.entry().kind() == FeatureKind.ADMIN2)
                    && c.entry().population() < PROMINENT_POPULATION
                    && !c.matchedName().toLowerCase(Locale.ROOT).startsWith("the "));
        if (candidates.isEmpty()) return null;
        if (wanted != null) {
            FeatureKind w = wanted;
            List<Gazetteer.Candidate> regions = new ArrayList<>();
            for (Gazetteer.Candidate c : candidates) {
                if (c.entry().kind() == w) regions.add(c);
            }
            // "the Kursk region": when only the town has the name, its region is meant; but a front "direction /
            // sector / axis" is named after the town it leads to ("the Kupiansk direction", "the Pokrovsk axis"),
            // so when no region has the name the town is the most specific place it names
            if (regions.isEmpty() && w == FeatureKind.ADMIN1 && !front(designator)) {
                for (Gazetteer.Candidate c : candidates)
                    // only a town named as written: "Donbas region" is not the region of a town one spelling away
                    if (c.entry().kind() == FeatureKind.POPULATED_PLACE && c.distance() == 0)
                        gazetteer.container(c.entry(), FeatureKind.ADMIN1).ifPresent(a ->
                                regions.add(new Gazetteer.Candidate(a, c.matchedName(), c.distance(), c.nameScore() * 0.9)));
            }
            if (!regions.isEmpty()) candidates = regions;
            else if (w == FeatureKind.POPULATED_PLACE || front(designator)) wanted = null;
        }
        boolean speech = next != null && SPEECH_VERBS.contains(next);
        return new Pending(span, PlaceNameKey.key(query), candidates, wanted, speech, r.weak(), bareAfterThe);
    }

    /**
     * Keys of cities' former names: "the Battle of Stalingrad" is about the past, never where something happens now,
     * so these names are no current town (a region keeps its name: Leningrad Oblast).
     */
    static final Set<String> FORMER_NAMES = Set.of(PlaceNameKey.key("Stalingrad"), PlaceNameKey.key("Leningrad"),
            PlaceNameKey.key("Königsberg"), PlaceNameKey.key("Tsaritsyn"), PlaceNameKey.key("Yugoslavia"),
            PlaceNameKey.key("Czechoslovakia"), PlaceNameKey.key("Soviet Union"), PlaceNameKey.key("USSR"));

    /**
     * Keys of names that are no point on a map: continents and world regions, which the gazetteer lacks, so only a
     * town's alternate name or a near spelling matched them ("Africa" was Mahdia, Tunisia; "Asia" Ashiya, Japan), and
     * seats of government, which stand for a government ("the Kremlin said" is not Kremmling, Colorado).
     */
    static final Set<String> NO_PLACE = keys("Africa", "Europe", "Asia", "America", "Americas", "North America",
            "South America", "Latin America", "Central America", "Middle East", "Near East", "Far East", "Balkans",
            "Caucasus", "Scandinavia", "Eastern Europe", "Western Europe", "Central Europe", "Central Asia", "Eurasia",
            "Arctic", "Antarctica", "Oceania", "Sahel", "Baltics", "Global South", "Kremlin", "White House", "Pentagon",
            "Downing Street", "Elysee", "Bankova");

    private static Set<String> keys(String... names) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(PlaceNameKey.key(n));
        return Set.copyOf(out);
    }
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)[\\s\\p{Pd}]*$");

    /** Whether the word right before {@code offset} is "the". */
    static boolean afterThe(String text, int offset) {
        Matcher m = PREVIOUS_WORD.matcher(text).region(Math.max(0, offset - 20), offset);
        return m.find() && m.group(1).equalsIgnoreCase("the");
    }

    /**
     * Whether a name after "the" modifies a noun ("the Krynky bridgehead", "the Avdiivka coke plant"), where a small
     * town is meant; otherwise "the West", "the Alliance", "the Peninsula" are words, not the hamlets so named. By
     * the next token's part of speech when known, else by its being a lower-case word.
     */
    static boolean attributive(String next, String nextPos) {
        if (nextPos != null)
            return nextPos.startsWith("JJ") || nextPos.startsWith("NN") && !nextPos.startsWith("NNP");
        return next != null && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
    }

    /** How far a weak guess may lie from a place the text names clearly. */
    static final double NEAR_KM = 50;

    /**
     * Whether {@code e} lies near a place the text names clearly (within {@link #NEAR_KM} of a town or district, or
     * inside a named region), not counting itself.
     */
    private static boolean near(Gazetteer.Entry e, List<Gazetteer.Entry> clear) {
        if (e.kind() == FeatureKind.COUNTRY) return false;
        for (Gazetteer.Entry a : clear) {
            if (a == e) continue;
            if (a.kind() == FeatureKind.ADMIN1) {
                if (a.country().equals(e.country()) && a.admin1Code().equals(e.admin1Code()) && e.kind() != FeatureKind.ADMIN1)
                    return true;
            } else if (e.kmTo(a.lat(), a.lon()) <= NEAR_KM) return true;
        }
        return false;
    }

    /** Keys shorter than this are common enough that a name one spelling away is more likely another word. */
    static final int SHORT_KEY = 8;
    /** The most a short name may differ: a vowel or an h (romanizations differ there), no consonant. */
    static final double SHORT_TOLERANCE = 0.5;
    /** A surface of two or three capitals once its dots are gone: an abbreviation ("KYIV" is a name). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,3}");

    /**
     * Drops the spelling-tolerant candidates when the name is exactly a country's or first-level region's ("Ukraine"
     * is the country, never a village with the alternate name "Krajne"), or exactly any place's and short: context
     * (nearby towns, a named region) must not let a near-miss beat the name as written. A short name without an
     * exact match keeps only candidates within {@link #SHORT_TOLERANCE}.
     */
    static List<Gazetteer.Candidate> exactFirst(List<Gazetteer.Candidate> candidates, int keyLength) {
        boolean exactRegion = false, exact = false, exactCountry = false;
        for (Gazetteer.Candidate c : candidates) {
            if (c.distance() > 0) continue;
            exact = true;
            exactRegion |= c.entry().kind() == FeatureKind.COUNTRY || c.entry().kind() == FeatureKind.ADMIN1;
            exactCountry |= c.entry().kind() == FeatureKind.COUNTRY;
        }
        if (exactCountry) {
            // a country's name is the country (or a region so named: Georgia), not a town named after it
            List<Gazetteer.Candidate> out = new ArrayList<>();
            for (Gazetteer.Candidate c : candidates)
                if (c.distance() == 0 && c.entry().kind() != FeatureKind.POPULATED_PLACE && c.entry().kind() != FeatureKind.ADMIN2)
                    out.add(c);
            return out;
        }
        boolean exactOnly = exactRegion || exact && keyLength < SHORT_KEY;
        // a short name differing in more than a vowel is another word ("Europe" is not Roppe, "Kremlin" not Kremmling)
        double tolerance = exactOnly ? 0 : keyLength < SHORT_KEY ? SHORT_TOLERANCE : Double.MAX_VALUE;
        List<Gazetteer.Candidate> out = new ArrayList<>();
        for (Gazetteer.Candidate c : candidates) if (c.distance() <= tolerance) out.add(c);
        return out;
    }

    /** Big towns, regions and countries are rarely ordinary words, so a bare capitalized mention may count. */
    private static boolean prominent(PlaceRanker.Ranked r) {
        if (r.candidate().distance() > 0) return false;
        return switch (r.entry().kind()) {
            case COUNTRY, ADMIN1 -> true;
            case POPULATED_PLACE -> r.entry().population() >= PROMINENT_POPULATION;
            case ADMIN2 -> false;
        };
    }

    private static final long PROMINENT_POPULATION = 50_000;

    /** The lower-cased word right after {@code offset} (skipping spaces and dashes), or null. */
    static String nextWord(String text, int offset) {
        Matcher m = NEXT_WORD.matcher(text);
        if (offset >= text.length() || !m.find(offset)) return null;
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    /** The feature kind a designator word asks for ("oblast" → region, "district" → district, "city" → town). */
    static FeatureKind kindOf(String word) {
        if (REGION_WORDS.contains(word)) return FeatureKind.ADMIN1;
        if (DISTRICT_WORDS.contains(word)) return FeatureKind.ADMIN2;
        if (word.equals("city")) return FeatureKind.POPULATED_PLACE;
        return null;
    }
}
