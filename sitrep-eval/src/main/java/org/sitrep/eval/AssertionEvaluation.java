package org.sitrep.eval;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.events.AssertionBuilder;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;

/**
 * {@code sitrep eval assertions}: runs the standard pipeline over the articles of an {@link AssertionGold} set (as
 * {@link ClaimEvaluation} does, with its document cache) and scores the assertions with {@link AssertionScorer}.
 */
public final class AssertionEvaluation {
    private final ClaimEvaluation pipeline;
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** {@code cache} may be null: see {@link ClaimEvaluation}. */
    public AssertionEvaluation(Path cache) {
        this.pipeline = new ClaimEvaluation(cache);
    }

    /** Scores the gold set against the assertions built from {@code corpus}'s articles. */
    public AssertionScorer.Result run(AssertionGold gold, Path corpus) {
        Map<String, List<Assertion>> predicted = new LinkedHashMap<>();
        pipeline.analyze(gold.articles(), corpus).forEach((id, doc) -> {
            predicted.put(id, doc.get(Layer.ASSERTIONS));
            texts.put(id, doc.text());
        });
        String header = "assertions: " + gold.assertions().size() + " gold CONTROL/FIGHTING/CASUALTIES in "
                + gold.articles().size() + " articles of " + corpus + "; " + AssertionBuilder.NAME + " "
                + AssertionBuilder.VERSION;
        return AssertionScorer.score(gold, predicted, texts, header);
    }

    /**
     * Every miss, false alarm and pair with a wrong field of the last {@link #run}, with the text of its spans: for
     * reading errors on a development split (never store this output: it quotes the articles).
     */
    public String errors(AssertionScorer.Result result) {
        StringBuilder b = new StringBuilder();
        for (AssertionScorer.Pair p : result.pairs()) {
            String t = texts.get(p.article());
            if (t == null) continue;
            if (p.predicted() == null) {
                b.append("MISS   ").append(p.article()).append(' ').append(gold(t, p.gold())).append('\n');
            } else if (p.gold() == null) {
                b.append("FALSE  ").append(p.article()).append(' ').append(predicted(t, p.predicted()))
                        .append(" in <").append(around(t, p.predicted().span())).append(">\n");
            } else if (!p.fields().getOrDefault("all", true)) {
                List<String> wrong = p.fields().entrySet().stream()
                        .filter(e -> !e.getValue() && !e.getKey().equals("all") && !e.getKey().equals("strict"))
                        .map(Map.Entry::getKey).toList();
                b.append("WRONG  ").append(p.article()).append(' ').append(wrong).append('\n')
                        .append("   gold ").append(gold(t, p.gold())).append('\n')
                        .append("   pred ").append(predicted(t, p.predicted())).append('\n');
            }
        }
        return b.toString();
    }

    private static String gold(String t, AssertionGold.GoldAssertion g) {
        return g.kind() + " " + g.polarity() + " place=" + g.places() + " holder=" + g.holder() + " count=" + g.count()
                + " controller=" + g.controller() + " <" + cut(t, g.evidence()) + ">";
    }

    private static String predicted(String t, Assertion a) {
        String place = a.place() != null ? a.place().place().name() : a.placeName() != null ? "?" + cut(t, a.placeName()) : null;
        String count = a.count() == null ? null : a.count().value() + ":" + a.count().bound() + ":" + a.count().counted();
        return a.kind() + " " + a.polarity() + " place=" + place + " holder=" + (a.claim() == null ? "outlet" : a.holder().code())
                + "/" + a.holder().name() + " count=" + count + " actor=" + (a.actor() == null ? null : a.actor().code())
                + " <" + cut(t, a.span()) + ">";
    }

    /** The words around a false alarm's span (its span in brackets), to tell at a glance what it was made from. */
    private static String around(String t, Span s) {
        int from = Math.max(0, s.start() - 80), to = Math.min(t.length(), s.end() + 60);
        return (t.substring(from, s.start()) + "[" + t.substring(s.start(), s.end()) + "]" + t.substring(s.end(), to))
                .replace('\n', ' ');
    }

    private static String cut(String t, Span s) {
        if (s == null) return "null";
        String x = t.substring(Math.min(s.start(), t.length()), Math.min(s.end(), t.length())).replace('\n', ' ');
        return x.length() > 160 ? x.substring(0, 100) + " … " + x.substring(x.length() - 50) : x;
    }
}
