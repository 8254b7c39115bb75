package org.sitrep.attribute.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Features of one token for source/content tagging relative to one cue: where the token lies from the cue
 * (side, distance, sentence offset), how the dependency tree connects them (the cue's subject, its clausal
 * complement, the head of "according to"...), whether the token shares a quotation with the cue's neighbourhood,
 * and how many other cues stand between them.
 */
public final class RoleFeatures {
    private final DocView v;
    private final int cs, ce, h;
    private final boolean[] otherCue;
    private final String cueLemma;
    private final int quoteLeft, quoteRight;

    /**
     * @param cueStart first token of the cue
     * @param cueEnd   one past its last token
     * @param otherCue true for tokens of the document's other cues
     */
    public RoleFeatures(DocView v, int cueStart, int cueEnd, boolean[] otherCue) {
        this.v = v;
        this.cs = cueStart;
        this.ce = cueEnd;
        this.otherCue = otherCue;
        this.h = cueHead(v, cueStart, cueEnd);
        StringBuilder lemmas = new StringBuilder();
        for (int k = cs; k < ce && k < cs + 4; k++) lemmas.append(k > cs ? "_" : "").append(v.lemma[k]);
        this.cueLemma = lemmas.toString();
        this.quoteLeft = nearQuote(cs - 1, -1);
        this.quoteRight = nearQuote(ce, +1);
    }

    /** The cue token whose head lies outside the cue (the first such), else the first token. */
    public static int cueHead(DocView v, int cs, int ce) {
        for (int k = cs; k < ce; k++) if (v.head[k] < cs || v.head[k] >= ce) return k;
        return cs;
    }

    /** The quotation region nearest the cue on one side, within six tokens (quote marks themselves skipped). */
    private int nearQuote(int from, int step) {
        for (int k = from, seen = 0; k >= 0 && k < v.n && seen < 6; k += step, seen++)
            if (v.quote[k] >= 0) return v.quote[k];
        return -1;
    }

    public List<String> of(int i) {
        List<String> f = new ArrayList<>(48);
        String side = i < cs ? "L" : "R";
        int so = Math.max(-2, Math.min(2, v.sentence[i] - v.sentence[h]));
        int dist = i < cs ? cs - i : i - ce + 1;
        String db = dist <= 3 ? String.valueOf(dist) : dist <= 6 ? "4-6" : dist <= 12 ? "7-12" : dist <= 25 ? "13-25" : ">25";
        String pos = v.pos[i];
        f.add("b");
        f.add("s=" + side + so);
        f.add("d=" + side + db);
        f.add("dp=" + side + db + "|" + pos);
        f.add("w=" + v.lower[i]);
        f.add("l=" + v.lemma[i]);
        f.add("p=" + pos);
        f.add("sp=" + side + so + "|" + pos);
        f.add("para=" + (v.paragraph[i] != v.paragraph[h]));
        String dep = dependency(i);
        f.add("dep=" + dep);
        f.add("deps=" + dep + "|" + side);
        f.add("depp=" + dep + "|" + pos);
        f.add("depc=" + dep + "|" + cueLemma);
        f.add("depk=" + dep + "|" + v.fine[h]);
        f.add("k1=" + v.fine[i] + "|" + side);
        f.add("ck=" + v.fine[h] + "|" + side + so);
        f.add("cr=" + v.rel[h] + "|" + side + so);
        f.add("cl=" + cueLemma + "|" + side + so);
        f.add("cp=" + v.pos[h] + "|" + side + so + "|" + pos);
        String q = v.quote[i] < 0 ? "noQ" : v.quote[i] == quoteLeft ? "QL" : v.quote[i] == quoteRight ? "QR" : "Qo";
        f.add("q=" + q + "|" + side + so);
        f.add("qc=" + q + "|" + (v.quote[h] >= 0));
        int between = 0;
        boolean colon = false;
        int lo = i < cs ? i + 1 : ce, hi = i < cs ? cs : i;
        for (int k = lo; k < hi; k++) {
            if (otherCue[k] && (k == lo || !otherCue[k - 1])) between++;
            if (v.word[k].equals(":") || v.word[k].equals("—") || v.word[k].equals("--")) colon = true;
        }
        String ob = between == 0 ? "0" : between == 1 ? "1" : "2+";
        f.add("ob=" + ob + "|" + side);
        f.add("obd=" + ob + "|" + dep);
        f.add("col=" + colon + "|" + side + "|" + so);
        f.add("oc=" + otherCue[i]);
        f.add("l-1=" + (i > 0 ? v.lemma[i - 1] : "<d>") + "|" + side);
        f.add("l+1=" + (i + 1 < v.n ? v.lemma[i + 1] : "<d>") + "|" + side);
        f.add("p-1p=" + (i > 0 ? v.pos[i - 1] : "<d>") + "|" + pos + "|" + side);
        f.add("pp+1=" + pos + "|" + (i + 1 < v.n ? v.pos[i + 1] : "<d>") + "|" + side);
        if (dist == 1) f.add("adj=" + side + "|" + v.lemma[i] + "|" + cueLemma);
        return f;
    }

    /** How the dependency tree links token i to the cue's head, e.g. {@code sub:nsubj>det}, {@code anc:case}. */
    private String dependency(int i) {
        if (v.sentence[i] != v.sentence[h]) return "far";
        int b = v.branchUnder(h, i);
        if (b >= 0) {
            if (b == i) return "sub:" + v.rel[b] + ">self";
            int b2 = v.branchUnder(b, i);
            return "sub:" + v.rel[b] + ">" + (b2 >= 0 ? v.rel[b2] : "?");
        }
        int a = v.branchUnder(i, h);
        if (a >= 0) return "anc:" + v.rel[a] + "|" + v.rel[i];
        // lowest common ancestor: climb from the cue until an ancestor dominates i
        int prev = h;
        for (int k = v.head[h], steps = 0; k >= 0 && steps < 40; prev = k, k = v.head[k], steps++) {
            int bi = v.branchUnder(k, i);
            if (bi >= 0) return "lca:" + v.rel[prev] + "|" + v.rel[bi];
        }
        return "none";
    }
}
