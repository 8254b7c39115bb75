package org.sitrep.attribute.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of one token for cue tagging: the token and its neighbours (word, lemma, POS), its dependency relation
 * and head, the relations of its children (a reporting verb has a clausal complement and a subject), and whether it
 * stands inside a quotation.
 */
public final class CueFeatures {
    private CueFeatures() {}

    public static List<String> of(DocView v, int i) {
        List<String> f = new ArrayList<>(48);
        int s = v.sentence[i];
        f.add("b");
        f.add("w=" + v.lower[i]);
        f.add("l=" + v.lemma[i]);
        f.add("p=" + v.pos[i]);
        f.add("lp=" + v.lemma[i] + "|" + v.pos[i]);
        f.add("suf3=" + suffix(v.lower[i], 3));
        f.add("cap=" + Character.isUpperCase(v.word[i].charAt(0)));
        f.add("k0=" + v.coarse[i]);
        f.add("k1=" + v.fine[i]);
        f.add("k1p=" + v.fine[i] + "|" + v.pos[i]);
        f.add("k1-1=" + (i > 0 && v.sentence[i - 1] == s ? v.fine[i - 1] : "<s>"));
        f.add("k1+1=" + (i + 1 < v.n && v.sentence[i + 1] == s ? v.fine[i + 1] : "<s>"));
        for (int d = -3; d <= 3; d++) {
            if (d == 0) continue;
            int j = i + d;
            boolean in = j >= 0 && j < v.n && v.sentence[j] == s;
            String l = in ? v.lemma[j] : "<s>";
            String p = in ? v.pos[j] : "<s>";
            if (Math.abs(d) <= 2) f.add("l" + d + "=" + l);
            f.add("p" + d + "=" + p);
        }
        f.add("l-1l=" + at(v, i - 1, s) + "|" + v.lemma[i]);
        f.add("ll+1=" + v.lemma[i] + "|" + at(v, i + 1, s));
        f.add("l-2l-1l=" + at(v, i - 2, s) + "|" + at(v, i - 1, s) + "|" + v.lemma[i]);
        f.add("ll+1l+2=" + v.lemma[i] + "|" + at(v, i + 1, s) + "|" + at(v, i + 2, s));
        String rel = v.rel[i];
        int h = v.head[i];
        f.add("r=" + rel);
        f.add("rl=" + rel + "|" + v.lemma[i]);
        f.add("rp=" + rel + "|" + v.pos[i]);
        f.add("hl=" + (h >= 0 ? v.lemma[h] : "<root>"));
        f.add("hp=" + (h >= 0 ? v.pos[h] : "<root>"));
        f.add("rhl=" + rel + "|" + (h >= 0 ? v.lemma[h] : "<root>"));
        f.add("lhl=" + v.lemma[i] + "|" + (h >= 0 ? v.lemma[h] : "<root>"));
        f.add("hr=" + (h >= 0 ? v.rel[h] : "<root>"));
        int gh = h >= 0 ? v.head[h] : -1;
        // multi-word cues hang off the reporting verb: "said [in a statement]", "[did not] respond"
        f.add("ghl=" + rel + "|" + (h >= 0 ? v.rel[h] : "<root>") + "|" + (gh >= 0 ? v.lemma[gh] : "<root>"));
        f.add("ghk=" + rel + "|" + (h >= 0 ? v.rel[h] : "<root>") + "|" + (gh >= 0 ? v.fine[gh] : "<root>"));
        f.add("rk1=" + rel + "|" + v.fine[i]);
        f.add("hk1=" + rel + "|" + (h >= 0 ? v.fine[h] : "<root>"));
        boolean hasSubj = false, hasComp = false;
        for (int c : v.children[i]) {
            String cr = v.rel[c];
            f.add("c=" + cr);
            f.add("cl=" + cr + "|" + v.lemma[i]);
            f.add("ck=" + cr + "|" + v.fine[i]);
            if (cr.startsWith("nsubj")) {
                hasSubj = true;
                f.add("subj=" + v.pos[c] + "|" + v.fine[i]);
                f.add("subjl=" + v.lemma[c]);
                f.add("subjk=" + v.fine[c]);
            }
            if (cr.equals("ccomp") || cr.equals("xcomp") || cr.equals("obj") || cr.equals("parataxis"))
                f.add("comp=" + cr + "|" + v.pos[c]);
            if (cr.equals("obj") || cr.equals("obl"))
                f.add("objl=" + cr + "|" + v.lemma[c] + "|" + v.lemma[i]);
            if (cr.equals("ccomp") || cr.equals("xcomp") || cr.equals("parataxis")) hasComp = true;
            if (cr.equals("mark") || cr.equals("case") || cr.equals("fixed") || cr.equals("compound:prt"))
                f.add("cw=" + cr + "|" + v.lemma[c] + "|" + v.lemma[i]);
        }
        f.add("sc=" + hasSubj + hasComp + "|" + v.pos[i]);
        f.add("scl=" + hasSubj + hasComp + "|" + v.lemma[i]);
        f.add("sck=" + hasSubj + hasComp + "|" + v.fine[i]);
        f.add("q=" + (v.quote[i] >= 0));
        f.add("ql=" + (v.quote[i] >= 0) + "|" + v.lemma[i]);
        boolean quoteBefore = i > 0 && isCloseQuote(v.word[i - 1]) || i > 1 && isCloseQuote(v.word[i - 2]);
        f.add("qb=" + quoteBefore + "|" + v.pos[i]);
        f.add("qd=" + quoteDistance(v, i, -1) + "|" + quoteDistance(v, i, +1));
        return f;
    }

    /** Tokens to the nearest quotation mark in the sentence on one side, bucketed. */
    static String quoteDistance(DocView v, int i, int step) {
        for (int k = i + step, d = 1; k >= 0 && k < v.n && v.sentence[k] == v.sentence[i] && d <= 6; k += step, d++)
            if (isQuote(v.word[k])) return d <= 3 ? String.valueOf(d) : "4-6";
        return "-";
    }

    static boolean isQuote(String w) {
        return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("``") || w.equals("''");
    }

    static boolean isCloseQuote(String w) {
        return w.equals("”") || w.equals("\"") || w.equals("''");
    }

    private static String at(DocView v, int j, int s) {
        return j >= 0 && j < v.n && v.sentence[j] == s ? v.lemma[j] : "<s>";
    }

    private static String suffix(String w, int k) {
        return w.length() <= k ? w : w.substring(w.length() - k);
    }
}
