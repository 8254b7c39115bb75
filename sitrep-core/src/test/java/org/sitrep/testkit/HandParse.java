package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A one-sentence dependency parse written by hand, CoNLL style: one {@code "word POS head relation"} string per
 * token in text order, heads 1-based within the sentence, 0 for the root. Tokens are found in the text left to
 * right, so the offsets are the text's. Lemmas are the lower-cased words, except the reporting verbs given by
 * {@code said}/{@code says} (lemma "say").
 */
public final class HandParse {
    private HandParse() {}

    /** The document of {@code text} with one sentence, its tokens and the dependencies the rows give. */
    public static Doc of(String text, String... rows) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(" ");
            int start = text.indexOf(f[0], at);
            if (start < 0) throw new IllegalArgumentException("token " + f[0] + " not in the text after " + at);
            at = start + f[0].length();
            String lemma = f[0].equals("said") || f[0].equals("says") ? "say" : f[0].toLowerCase(Locale.ROOT);
            tokens.add(new Token(new Span(start, at), 0, f[1], lemma, "O"));
            deps.add(new Dependency(Integer.parseInt(f[2]) - 1, i, f[3]));
        }
        Sentence s = new Sentence(new Span(tokens.get(0).span().start(), at), 0, tokens.size());
        return Doc.of(TestDocs.article(text)).with(Layer.SENTENCES, List.of(s)).with(Layer.TOKENS, tokens)
                .with(Layer.DEPENDENCIES, deps);
    }
}
