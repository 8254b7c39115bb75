package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds and resolves place names in raw text without a named-entity tagger: runs of capitalized words (up to four,
 * longest first) whose key is a gazetteer name, then {@link PlaceSpanResolver} ranks them together. Exact keys only
 * (still transliteration-aware), except for longer names after a locative preposition ("near Lysyschans'k"),
 * where spelling tolerance applies; a sentence's first word counts only with such a cue. Fast and model-free, at
 * the price of recall on lower-case or unusual names. Thread-safe.
 */
public final class TextGeoparser {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’ʼ`]*(?:-\\p{L}[\\p{L}\\p{M}'’ʼ`]*)*");
    /** Words before a name that make it a place ("in Kharkiv", "the village of Kryachky" counts via "village"). */
    private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "around", "from", "to",
            "towards", "toward", "into", "between", "across", "through", "over", "inside", "within", "via", "past",
            "beyond", "village", "town", "city", "settlement", "outskirts", "occupied", "liberated", "captured",
            "shelling", "bombing");
    private static final int MAX_WORDS = 4, MIN_TOLERANT_LENGTH = 7;

    private final PlaceSpanResolver resolver;

    public TextGeoparser(Gazetteer gazetteer) {
        this.resolver = new PlaceSpanResolver(gazetteer);
        this.gazetteer = gazetteer;
    }

    private final Gazetteer gazetteer;

    /** The place names found in {@code text}, in text order. {@code prior}: ISO2 countries to prefer, maybe empty. */
    public List<PlaceSpanResolver.Resolved> parse(String text, Set<String> prior) {
        return resolver.resolve(text, requests(text), prior);
    }

    /** The spans that look like gazetteer names, for a caller that resolves them with others (see PlaceResolver). */
    public List<PlaceSpanResolver.Request> requests(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(new Word(m.start(), m.end(), m.group()));
        // words the text also writes in lower case are ordinary words where capitalized ("More", "Western")
        Set<String> lowerCase = new java.util.HashSet<>();
        for (Word w : words) if (Character.isLowerCase(w.text.charAt(0))) lowerCase.add(w.text);
        List<PlaceSpanResolver.Request> requests = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Word w = words.get(i);
            if (!isNameLike(w.text)) { i++; continue; }
            boolean cue = hasLocativeCue(words, i, text);
            boolean sentenceStart = i == 0 || sentenceBoundary(text, words.get(i - 1).end, w.start);
            int taken = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                if (!allNameLike(words, i, n, text)) continue;
                Span span = new Span(w.start, words.get(i + n - 1).end);
                String surface = span.of(text);
                String name = n > 1 && PlaceSpanResolver.kindOf(words.get(i + n - 1).text.toLowerCase(Locale.ROOT)) != null
                        ? text.substring(w.start, words.get(i + n - 2).end) : surface;
                boolean known = !gazetteer.exactCandidates(name).isEmpty();
                boolean tolerant = !known && cue && n == 1 && PlaceNameKey.key(surface).length() >= MIN_TOLERANT_LENGTH
                        && !gazetteer.candidates(surface).isEmpty();
                if (!known && !tolerant) continue;
                // a lone capitalized word without a cue may be an ordinary word ("Hospital", "Metro") or a
                // sentence's first word: it counts only when its place agrees with the rest of the text
                boolean weak = n == 1 && !cue && !followedByRegionWord(text, span);
                if (weak && lowerCase.contains(surface.toLowerCase(Locale.ROOT))) continue;
                requests.add(new PlaceSpanResolver.Request(span, tolerant, weak || (sentenceStart && !cue && n == 1)));
                taken = n;
            }
            i += Math.max(1, taken);
        }
        return requests;
    }

    private record Word(int start, int end, String text) {}

    /**
     * Whether a locative word stands right before word {@code i}: a lower-case "in", "near", "village"…, a
     * capitalized preposition opening a sentence ("In Kharkiv"), or "of" after a place noun ("the village of X",
     * "the outskirts of X"). Not "City Hospital": a capitalized noun is part of a name.
     */
    private static boolean hasLocativeCue(List<Word> words, int i, String text) {
        if (i == 0 || !sameClause(text, words.get(i - 1), words.get(i))) return false;
        String prev = words.get(i - 1).text;
        String lower = prev.toLowerCase(Locale.ROOT);
        if (prev.equals(lower) && LOCATIVES.contains(lower)) return true;
        if (CAPITALIZED_PREPOSITIONS.contains(prev)) return true;
        return lower.equals("of") && i > 1 && OF_NOUNS.contains(words.get(i - 2).text);
    }

    private static final Set<String> CAPITALIZED_PREPOSITIONS = Set.of("In", "Near", "At", "Outside", "From",
            "Around", "Inside", "Towards", "Over");
    private static final Set<String> OF_NOUNS = Set.of("village", "town", "city", "settlement", "outskirts",
            "suburbs", "shelling", "bombing", "liberation", "capture", "centre", "center", "north", "south", "east",
            "west", "streets", "residents", "region", "oblast", "district", "area", "vicinity", "direction", "port",
            "occupation", "outside");

    /** Capitalized words that name times, not places, though the gazetteer has towns so named (March, GB). */
    private static final Set<String> CALENDAR_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");

    private static boolean isNameLike(String w) {
        if (!Character.isUpperCase(w.charAt(0))) return false;
        if (PlaceNameKey.key(w).length() < 3) return false; // "A", "Nr": too short to tell from abbreviations
        if (CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        // all-capital short words are acronyms (ATGM, BMP, UAV), not names
        return !(w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1);
    }

    private static boolean allNameLike(List<Word> words, int i, int n, String text) {
        for (int k = i; k < i + n; k++) {
            boolean designator = k > i && PlaceSpanResolver.kindOf(words.get(k).text.toLowerCase(Locale.ROOT)) != null;
            if (!isNameLike(words.get(k).text) && !designator)
                return false;
            if (k > i && !text.substring(words.get(k - 1).end, words.get(k).start).isBlank()) return false;
        }
        return true;
    }

    private static boolean sameClause(String text, Word before, Word w) {
        return text.substring(before.end, w.start).isBlank();
    }

    private static boolean sentenceBoundary(String text, int from, int to) {
        String gap = text.substring(from, to);
        return gap.contains(".") || gap.contains("!") || gap.contains("?") || gap.contains(":") || gap.contains("\n")
                || gap.contains("]") || gap.contains("|");
    }

    private static boolean followedByRegionWord(String text, Span span) {
        String next = PlaceSpanResolver.nextWord(text, span.end());
        return next != null && (PlaceSpanResolver.REGION_WORDS.contains(next)
                || PlaceSpanResolver.DISTRICT_WORDS.contains(next));
    }
}
