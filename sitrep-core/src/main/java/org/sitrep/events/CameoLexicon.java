package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.PloverType;

/**
 * The CAMEO verb dictionary of PETRARCH-2 (verb groups with a default code and patterns of following words) and
 * the CAMEO → PLOVER table, read from the resources {@code cameo-verbs.tsv} and {@code cameo-plover.tsv} that
 * {@code tools/events/build.sh} generates (provenance in {@code PROVENANCE.md} beside them). Immutable and
 * thread-safe once loaded; {@link #standard()} loads once per JVM.
 */
public final class CameoLexicon {
    /** A verb's CAMEO code with the PLOVER type and mode it maps to. */
    public record Code(String cameo, PloverType type, String mode) {}

    private record Pattern(String code, List<Set<String>> words, String verb) {}

    private record Group(String code, List<Pattern> patterns) {}

    private record Verb(Group group, String code) {}

    private final Map<String, List<Verb>> verbs = new HashMap<>();
    private final Map<String, String[]> plover = new HashMap<>();

    private static volatile CameoLexicon standard;

    CameoLexicon(List<String> verbLines, List<String> ploverLines) {
        Group group = null;
        List<Pattern> patterns = null;
        for (String line : verbLines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "=" -> {
                    patterns = new ArrayList<>();
                    group = new Group(f[1], patterns);
                }
                case "V" -> {
                    if (group != null)
                        verbs.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Verb(group, f.length > 2 ? f[2] : ""));
                }
                case "P" -> {
                    if (patterns == null || f.length < 3) break;
                    List<Set<String>> words = new ArrayList<>();
                    for (String w : f[2].split(" ")) words.add(Set.of(w.split("\\|")));
                    patterns.add(new Pattern(f[1], words, f.length > 3 ? f[3] : ""));
                }
                default -> { }
            }
        }
        for (String line : ploverLines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            plover.putIfAbsent(f[0], new String[] {f[1], f.length > 2 ? f[2] : ""});
        }
    }

    /** The bundled lexicon, loaded on first use. */
    public static CameoLexicon standard() {
        CameoLexicon l = standard;
        if (l == null) {
            synchronized (CameoLexicon.class) {
                if (standard == null) standard = new CameoLexicon(lines("cameo-verbs.tsv"), lines("cameo-plover.tsv"));
                l = standard;
            }
        }
        return l;
    }

    private static List<String> lines(String name) {
        try (InputStream in = CameoLexicon.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Missing resource org/sitrep/events/" + name);
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean knows(String lemma) {
        return verbs.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The CAMEO code for verb {@code lemma} followed by {@code following} (lower-case words or lemmas, in text
     * order): the pattern with the most words that all occur in order (of two, the one ending nearer the verb),
     * else the verb's own code, else its group's.
     * Patterns the dictionary wrote for this verb (its comment names the verb) come before those of the group's
     * other verbs, which PETRARCH applies to every verb of the group. Empty when the verb is unknown or its code
     * is "---" (no event).
     */
    public Optional<String> cameo(String lemma, List<String> following) {
        return code(lemma, following, true);
    }

    /**
     * As {@link #cameo}, but only by a pattern: empty where none matches. A light verb ("hold", "give", "provide")
     * is an event only by the noun a pattern names ("hold talks" 046, "give aid" 070), never by its bare code.
     */
    public Optional<String> patterned(String lemma, List<String> following) {
        return code(lemma, following, false);
    }

    private Optional<String> code(String lemma, List<String> following, boolean orDefault) {
        String key = lemma.toLowerCase(Locale.ROOT);
        List<Verb> candidates = verbs.get(key);
        if (candidates == null) return Optional.empty();
        String best = null;
        int bestScore = 0, bestEnd = Integer.MAX_VALUE;
        // a verb the dictionary gives a code of its own ("accuse" 112) is not coded by a pattern written for another
        // verb of its group ("withdraw … negotiations" 161 read into "accused … in the negotiations")
        boolean ownCode = candidates.stream().anyMatch(v -> !v.code().isEmpty());
        for (Verb v : candidates)
            for (Pattern p : v.group().patterns()) {
                if (ownCode && !p.verb().isEmpty() && !p.verb().equals(key)) continue;
                // a preposition is the valency of the verb it was written for ("welcome … to" a summit, "call on"
                // someone to act), not of the group's other verbs ("praised … efforts to improve", "telephoned …
                // on Tuesday")
                if (!p.verb().isEmpty() && !p.verb().equals(key) && onlyPrepositions(p.words())) continue;
                // own patterns first, then by length, then the one ending nearest the verb ("issued an ultimatum
                // … to halt attacks" is the ultimatum, not an attack)
                int score = (p.verb().equals(key) ? 1000 : 0) + p.words().size();
                if (score < bestScore) continue;
                int end = matchEnd(p.words(), following);
                if (end >= 0 && (score > bestScore || end < bestEnd)) {
                    best = p.code();
                    bestScore = score;
                    bestEnd = end;
                }
            }
        if (best == null && !orDefault) return Optional.empty();
        if (best == null) {
            Verb v = candidates.stream().filter(c -> !c.code().isEmpty()).findFirst().orElse(candidates.get(0));
            best = v.code().isEmpty() ? v.group().code() : v.code();
        }
        return best.isEmpty() || best.startsWith("-") ? Optional.empty() : Optional.of(best);
    }

    /** Prepositions and particles: a pattern of these alone says how its own verb governs what follows it. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "for", "on", "upon", "from", "with", "against", "in",
            "into", "at", "by", "of", "over", "off", "out", "up", "down", "about", "through", "toward", "towards",
            "back", "away", "under", "across", "onto");

    private static boolean onlyPrepositions(List<Set<String>> pattern) {
        for (Set<String> alternatives : pattern)
            if (!PREPOSITIONS.containsAll(alternatives)) return false;
        return true;
    }

    /** Where {@code pattern}'s words, in order, end among {@code words} (index after the last), or -1. */
    private static int matchEnd(List<Set<String>> pattern, List<String> words) {
        int at = 0;
        for (Set<String> alternatives : pattern) {
            while (at < words.size() && !alternatives.contains(words.get(at))) at++;
            if (at == words.size()) return -1;
            at++;
        }
        return at;
    }

    /**
     * PLOVER type and mode for a CAMEO code, by the longest prefix the table lists. Two deviations, both because
     * the PLOVER gold records use types the 2021 table does not: CAMEO 19 (conventional military force) is
     * {@link PloverType#FIGHT}, and ACCUSE with mode "disapprove" (110, 111, 113: criticize, denounce) is
     * {@link PloverType#DISAPPROVE}; CAMEO 02 (appeal), which the table leaves out, is {@link PloverType#DEMAND}
     * like 10 (demand), and 01 (public statement) is no event.
     */
    public Optional<Code> plover(String cameo) {
        if (cameo == null || cameo.length() < 2) return Optional.empty();
        if (cameo.startsWith("02")) return Optional.of(new Code(cameo, PloverType.DEMAND, ""));
        if (cameo.startsWith("19") && !cameo.startsWith("191") && !cameo.startsWith("192"))
            return Optional.of(new Code(cameo, PloverType.FIGHT, modeOf(cameo)));
        for (int n = cameo.length(); n >= 2; n--) {
            String[] row = plover.get(cameo.substring(0, n));
            if (row == null) row = n == 2 ? plover.get(cameo.substring(0, 2) + "0") : null;
            if (row == null) continue;
            String mode = row[1];
            PloverType type = switch (row[0]) {
                case "REQUEST" -> PloverType.DEMAND;
                case "ACCUSE" -> mode.equals("disapprove") && !cameo.startsWith("112") ? PloverType.DISAPPROVE : PloverType.ACCUSE;
                default -> PloverType.valueOf(row[0]);
            };
            return Optional.of(new Code(cameo, type, mode));
        }
        return Optional.empty();
    }

    private String modeOf(String cameo) {
        String[] row = plover.get(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        return row == null ? "" : row[1];
    }
}
