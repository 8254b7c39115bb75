package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.ClaimGold.GoldArticle;
import org.sitrep.model.Assertion;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;

/**
 * A hand-annotated set of CONTROL, FIGHTING and CASUALTIES assertions in real articles, kept as ids, offsets and codes
 * only (the texts stay in the corpus). One tab-separated file; lines starting with {@code #} are comments:
 * <pre>
 * article    ID  GROUP  CHARS  SHA256-16
 * assertion  ID  KIND  START END  POLARITY  PLACE  HOLDER  COUNT  CONTROLLER
 * </pre>
 * The article row is {@link ClaimGold}'s. KIND is {@code CONTROL}, {@code FIGHTING} or {@code CASUALTIES}; START END
 * the evidence (UTF-16, half-open); POLARITY {@code positive} or {@code negative}; PLACE the gazetteer name of the
 * place, alternatives split by {@code /}, or {@code -} when the assertion's sentence names none; HOLDER a CAMEO-style
 * code, {@code outlet} for the reporter's narration, or {@code -} (no one actor, or one without a code: not scored);
 * COUNT {@code VALUE:BOUND:COUNTED} ({@code 5:AT_LEAST:killed}) or {@code -}; CONTROLLER the controller's code for
 * CONTROL, else {@code -}.
 */
public record AssertionGold(Map<String, GoldArticle> articles, List<GoldAssertion> assertions) {
    /** The kinds this set annotates. */
    public static final List<Assertion.Kind> KINDS = List.of(Assertion.Kind.CONTROL, Assertion.Kind.FIGHTING,
            Assertion.Kind.CASUALTIES);

    public AssertionGold {
        articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        assertions = List.copyOf(assertions);
    }

    /** A stated count: value, how it bounds the truth, and what is counted (killed, wounded, losses…). */
    public record Count(long value, Quantity.Bound bound, String counted) {}

    /**
     * One annotated assertion. {@code places} is empty when no place is named; {@code holder} is {@link #OUTLET}
     * for narration or null when not scored; {@code count} and {@code controller} null when {@code -}.
     */
    public record GoldAssertion(String article, Assertion.Kind kind, Span evidence, Polarity polarity,
                                List<String> places, String holder, Count count, String controller) {}

    /** The HOLDER of the reporter's own narration. */
    public static final String OUTLET = "outlet";

    /** Reads a gold file; malformed rows throw with their line number (the file is ours, not article data). */
    public static AssertionGold read(Path file) throws IOException {
        Map<String, GoldArticle> articles = new LinkedHashMap<>();
        List<GoldAssertion> assertions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "article" -> {
                        need(f, 5);
                        articles.put(f[1], new GoldArticle(f[1], f[2], Integer.parseInt(f[3]), f[4]));
                    }
                    case "assertion" -> {
                        need(f, 10);
                        if (!articles.containsKey(f[1])) throw new IllegalArgumentException("assertion before its article row");
                        Assertion.Kind kind = Assertion.Kind.valueOf(f[2]);
                        if (!KINDS.contains(kind)) throw new IllegalArgumentException("kind must be one of " + KINDS + ", got " + kind);
                        Polarity polarity = switch (f[5]) {
                            case "positive" -> Polarity.POSITIVE;
                            case "negative" -> Polarity.NEGATIVE;
                            default -> throw new IllegalArgumentException("polarity must be positive or negative, got " + f[5]);
                        };
                        List<String> places = f[6].equals("-") ? List.of() : Arrays.asList(f[6].split("/"));
                        assertions.add(new GoldAssertion(f[1], kind,
                                new Span(Integer.parseInt(f[3]), Integer.parseInt(f[4])), polarity, places,
                                dash(f[7]), count(f[8]), dash(f[9])));
                    }
                    default -> throw new IllegalArgumentException("row kind must be article or assertion, got " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new AssertionGold(articles, assertions);
    }

    private static Count count(String s) {
        if (s.equals("-")) return null;
        String[] p = s.split(":");
        if (p.length != 3) throw new IllegalArgumentException("count must be VALUE:BOUND:COUNTED, got " + s);
        return new Count(Long.parseLong(p[0]), Quantity.Bound.valueOf(p[1]), p[2]);
    }

    private static void need(String[] f, int n) {
        if (f.length != n) throw new IllegalArgumentException(f[0] + " row needs " + n + " tab-separated fields, got " + f.length);
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
