package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * TempEval-3 Task A timex scoring, as the official scorer ({@code TE3-evaluation.py}: TimeML-Normalizer, then
 * {@code evaluate_entities.py}) defines it, so that figures computed here agree with it.
 *
 * <p>The official pipeline first aligns the two annotations token by token and gives a system TIMEX3 the gold
 * TIMEX3's id when the system one begins while the gold one is still open (or the other way round), at most one
 * partner each; a token inside a gold EVENT or SIGNAL keeps the preceding timex open. A pair sharing an id is a
 * relaxed match, and a strict match when their texts are equal. Totals are summed over files (micro average);
 * type and value "F1" are the attribute accuracy over relaxed matches times the relaxed F1. Tokens here are runs of
 * letters and digits or single other characters. Against the official scorer on TBAQ-cleaned (docs/EVALUATION.md)
 * strict, type and value figures agree exactly; the relaxed count differs by one match in one file (an alignment
 * case after adjacent system timexes that we have not traced), so relaxed P/R/F1 can differ by ~0.05 points.
 */
public final class TimexScorer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

    private TimexScorer() {}

    /** Raw counts; add them over files, then read {@link #metrics()}. */
    public record Counts(int gold, int system, int relaxed, int strict, int type, int value) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, system + o.system, relaxed + o.relaxed, strict + o.strict, type + o.type,
                    value + o.value);
        }

        public Metrics metrics() {
            double sp = ratio(strict, system), sr = ratio(strict, gold);
            double rp = ratio(relaxed, system), rr = ratio(relaxed, gold);
            double rf = f1(rp, rr);
            double typeAcc = ratio(type, relaxed), valueAcc = ratio(value, relaxed);
            return new Metrics(sp, sr, f1(sp, sr), rp, rr, rf, typeAcc, valueAcc, typeAcc * rf, valueAcc * rf, this);
        }
    }

    /** All measures in [0, 1]; the official scorer prints them ×100 rounded to 2 decimals. */
    public record Metrics(double strictP, double strictR, double strictF1, double relaxedP, double relaxedR,
                          double relaxedF1, double typeAccuracy, double valueAccuracy, double typeF1, double valueF1,
                          Counts counts) {}

    /** A system TIMEX3: extent in the plain text, type and value. */
    public record SystemTimex(Span span, String type, String value) {}

    /** Scores one file's system timexes (non-overlapping, sorted or not) against its gold annotation. */
    public static Counts score(TimeMlDocument doc, List<SystemTimex> system) {
        List<Span> gold = doc.timexes().stream().map(TimeMlDocument.Timex::span).toList();
        List<Span> sys = system.stream().map(SystemTimex::span).toList();
        int[][] ids = align(doc.text(), gold, doc.others(), sys);
        Map<Integer, Integer> sysById = new HashMap<>();
        for (int s = 0; s < sys.size(); s++) if (ids[1][s] != 0) sysById.put(ids[1][s], s); // 0: no token
        int relaxed = 0, strict = 0, type = 0, value = 0;
        for (int g = 0; g < gold.size(); g++) {
            TimeMlDocument.Timex gt = doc.timexes().get(g);
            Integer s = sysById.get(ids[0][g]);
            if (s == null || doc.rawOf(gt.span()).isBlank() || doc.rawOf(sys.get(s)).isBlank()) continue;
            relaxed++;
            if (doc.rawOf(gt.span()).equals(doc.rawOf(sys.get(s)))) strict++;
            if (gt.type().equals(system.get(s).type())) type++;
            if (gt.value().equals(system.get(s).value())) value++;
        }
        return new Counts(gold.size(), sys.size(), relaxed, strict, type, value);
    }

    /**
     * The TimeML-Normalizer's id assignment: returns ids[0][g] for gold timex g and ids[1][s] for system timex s;
     * equal ids mean matched.
     */
    static int[][] align(String text, List<Span> gold, List<Span> keepOpen, List<Span> sys) {
        List<Span> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(new Span(m.start(), m.end()));
        char[][] tags = {tags(tokens, gold, keepOpen), tags(tokens, sys, List.of())};
        int[][] owner = {owners(tokens, gold), owners(tokens, sys)};
        int[][] ids = {new int[gold.size()], new int[sys.size()]};
        int[] cur = new int[2], first = new int[2];
        int next = 1;
        for (int i = 0; i < tokens.size(); i++) {
            for (int k = 0; k < 2; k++)
                if (tags[k][i] == 'O' || tags[k][i] == 'B') cur[k] = 0;
            for (int k = 0; k < 2; k++) {
                if (tags[k][i] != 'B') continue;
                cur[k] = next;
                int j = 1 - k;
                if (cur[j] != 0 && first[k] < cur[j]) cur[k] = cur[j];
                first[k] = cur[k];
                if (cur[k] == next) next++;
                ids[k][owner[k][i]] = cur[k];
            }
        }
        return ids;
    }

    /** B/I for tokens in a timex, E for tokens only in an element that keeps a timex open, O otherwise. */
    private static char[] tags(List<Span> tokens, List<Span> timexes, List<Span> keepOpen) {
        char[] tags = new char[tokens.size()];
        java.util.Arrays.fill(tags, 'O');
        for (Span k : keepOpen) for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).overlaps(k)) tags[i] = 'E';
        for (Span t : timexes) {
            boolean begun = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).overlaps(t)) continue;
                tags[i] = begun ? 'I' : 'B';
                begun = true;
            }
        }
        return tags;
    }

    private static int[] owners(List<Span> tokens, List<Span> timexes) {
        int[] owner = new int[tokens.size()];
        java.util.Arrays.fill(owner, -1);
        for (int t = 0; t < timexes.size(); t++)
            for (int i = 0; i < tokens.size(); i++)
                if (tokens.get(i).overlaps(timexes.get(t))) owner[i] = t;
        return owner;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
