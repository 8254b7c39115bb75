package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.events.internal.Parse;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.PloverType;
import org.sitrep.model.Sentence;

/**
 * The features {@link EventTypeModel} types an event by, read from the parse around its trigger token: the
 * trigger's lemma, its CAMEO code (with the dictionary's patterns over the following words) and the PLOVER type the
 * rules give it; the verb governing it ("agreed to", "refused to") with that verb's code; its complement verb and
 * the complement's code; modal and negating words on it or its governor ("will", "must", "not"); "unless"/"if"
 * (threats are conditional); its object and prepositions; and the content lemmas of the sentence. Strings such
 * as {@code lemma=agree}; stateless, thread-safe.
 */
public final class EventTypeFeatures {
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "must", "should", "can", "could",
            "may", "might", "'ll", "'d");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> COMPLEMENTS = Set.of("xcomp", "ccomp");

    private final CameoLexicon cameo;

    public EventTypeFeatures(CameoLexicon cameo) {
        this.cameo = cameo;
    }

    /**
     * The token that carries a sentence's main event, as the PLOVER and CAMEO coders take it: the root, or, while
     * that is a reporting verb ("said", "announced") with a complement clause, the complement's head. -1 for a
     * sentence without a root.
     */
    public static int mainToken(Parse parse, Sentence s) {
        int root = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++)
            if (parse.head(i) < 0) {
                root = i;
                break;
            }
        for (int steps = 0; root >= 0 && steps < 3; steps++) {
            if (!CueLexicon.CLAUSE_REPORTING.contains(parse.lemma(root))) break;
            int next = -1;
            for (int c : parse.children(root))
                if (parse.rel(c).equals("ccomp") || parse.rel(c).equals("xcomp") || parse.rel(c).equals("parataxis")) {
                    next = c;
                    break;
                }
            if (next < 0) break;
            root = next;
        }
        return root;
    }

    /**
     * The features of the event at token {@code t} of sentence {@code s}, given the rules' main event of the
     * sentence: its type {@code ruleType} at token {@code ruleToken} (null and -1 when the rules found none), with
     * the type a coder gives it ({@link PloverCoding}).
     */
    public List<String> of(Parse parse, int t, Sentence s, PloverType ruleType, int ruleToken) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("main.rule=" + (ruleType == null ? "none" : ruleType.name()));
        int at = ruleToken >= 0 ? ruleToken : t;
        PloverCoding.Stance stance = PloverCoding.stance(parse, at);
        PloverType coded = PloverCoding.code(ruleType == null ? null : PloverCoding.violence(parse, at, ruleType), stance);
        f.add("stance=" + stance);
        f.add("coded=" + (coded == null ? "none" : coded.name()));
        describe(parse, t, s, "", f);
        int governor = parse.head(t);
        if (governor >= 0 && COMPLEMENTS.contains(parse.rel(t))) {
            describe(parse, governor, s, "gov.", f);
            f.add("gov.lemma+lemma=" + parse.lemma(governor) + "+" + parse.lemma(t));
        }
        for (int c : parse.children(t))
            if (COMPLEMENTS.contains(parse.rel(c))) describe(parse, c, s, "comp.", f);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = parse.lower(i);
            if (w.equals("unless") || w.equals("if")) f.add("conditional");
            if (parse.isVerb(i) || parse.isNoun(i) || parse.pos(i).startsWith("JJ"))
                f.add("w=" + parse.lemma(i).toLowerCase(Locale.ROOT));
        }
        List<String> out = new ArrayList<>(f.size());
        for (String x : f) out.add(x.replaceAll("\\s", "_")); // the model file is tab-separated
        return out;
    }

    private void describe(Parse parse, int t, Sentence s, String prefix, Set<String> f) {
        String lemma = parse.lemma(t).toLowerCase(Locale.ROOT);
        f.add(prefix + "lemma=" + lemma);
        f.add(prefix + "pos=" + parse.pos(t));
        Optional<EventExtractor.Trigger> rule = EventExtractor.trigger(cameo, parse, t, s.endToken());
        rule.ifPresent(r -> f.add(prefix + "rule=" + r.type()));
        code(parse, t, s).ifPresent(c -> {
            f.add(prefix + "cameo2=" + c.substring(0, 2));
            f.add(prefix + "cameo=" + c);
            cameo.plover(c).ifPresent(p -> f.add(prefix + "plover=" + p.type()));
        });
        for (int c : parse.children(t)) {
            String rel = parse.rel(c), w = parse.lower(c);
            if (MODALS.contains(w) && rel.startsWith("aux")) f.add(prefix + "modal=" + w);
            if (rel.equals("aux:pass") || rel.equals("nsubj:pass")) f.add(prefix + "passive");
            if (NEGATION.contains(w) && (rel.equals("advmod") || rel.equals("neg") || rel.equals("det")))
                f.add(prefix + "negated");
            if (rel.equals("obj")) f.add(prefix + "obj=" + parse.lemma(c).toLowerCase(Locale.ROOT));
            if (rel.equals("compound:prt")) f.add(prefix + "prt=" + w);
            if (rel.startsWith("obl")) {
                int k = parse.child(c, "case");
                if (k >= 0) f.add(prefix + "prep=" + parse.lower(k));
            }
        }
    }

    /** The CAMEO code of the verb at {@code t} with the dictionary's patterns over the next words. */
    private Optional<String> code(Parse parse, int t, Sentence s) {
        if (!parse.isVerb(t)) return Optional.empty();
        return cameo.cameo(parse.lemma(t), EventExtractor.phraseAfter(parse, t));
    }
}
