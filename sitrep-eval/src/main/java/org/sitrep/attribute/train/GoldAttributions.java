package org.sitrep.attribute.train;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.attribute.brat.BratRelation;
import org.sitrep.attribute.brat.BratSpan;
import org.sitrep.attribute.internal.DocView;
import org.sitrep.model.Span;

/**
 * Gold brat annotations projected onto a parsed document's tokens: a token takes a role when it overlaps one of the
 * role's fragments. Cue tokens come from every Cue span; relations from E-lines that have a cue.
 */
public final class GoldAttributions {
    /** One gold relation: its cue's token range and, per token of the document, 0 = none, 1 = source, 2 = content. */
    public record Relation(int cueStart, int cueEnd, byte[] roles) {}

    public final boolean[] cue;
    public final List<Relation> relations = new ArrayList<>();

    public GoldAttributions(DocView v, BratAnnotations ann) {
        cue = new boolean[v.n];
        for (BratSpan s : ann.spans().values())
            if (s.type().equals("Cue")) mark(v, s.fragments(), cue);
        for (BratRelation r : ann.relations()) {
            boolean[] c = new boolean[v.n];
            for (BratSpan s : ann.resolve(r.cue())) mark(v, s.fragments(), c);
            int first = -1, last = -1;
            for (int i = 0; i < v.n; i++)
                if (c[i]) {
                    if (first < 0) first = i;
                    last = i;
                }
            if (first < 0) continue;
            byte[] roles = new byte[v.n];
            boolean[] tmp = new boolean[v.n];
            for (BratSpan s : ann.resolve(r.source())) mark(v, s.fragments(), tmp);
            for (int i = 0; i < v.n; i++) if (tmp[i]) roles[i] = 1;
            tmp = new boolean[v.n];
            for (BratSpan s : ann.resolve(r.content())) mark(v, s.fragments(), tmp);
            for (int i = 0; i < v.n; i++) if (tmp[i]) roles[i] = 2;
            for (int i = first; i <= last; i++) roles[i] = 0;
            relations.add(new Relation(first, last + 1, roles));
        }
    }

    private static void mark(DocView v, List<Span> fragments, boolean[] out) {
        for (Span f : fragments)
            for (int i = 0; i < v.n; i++)
                if (v.start[i] < f.end() && f.start() < v.end[i]) out[i] = true;
    }
}
