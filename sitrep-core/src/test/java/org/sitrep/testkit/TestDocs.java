package org.sitrep.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Hand-built documents for model-free tests, shared with every module through the test-jar. */
public final class TestDocs {
    private TestDocs() {}

    public static Article article(String text, LocalDate published) {
        return Article.of("Test Wire", "https://example.org/" + Math.abs(text.hashCode()), "en", published, null,
                "Test", text, "test");
    }

    public static Article article(String text) {
        return article(text, LocalDate.of(2025, 4, 28));
    }

    /**
     * A document with whitespace tokens and one sentence per line-or-period, tagged with POS "X" — enough for
     * stages that only need offsets.
     */
    public static Doc tokenized(String text) {
        return tokenized(text, LocalDate.of(2025, 4, 28));
    }

    /** As {@link #tokenized(String)}, for an article published on {@code published}. */
    public static Doc tokenized(String text, LocalDate published) {
        return tokenized(article(text, published));
    }

    /** As {@link #tokenized(String)}, for a given article (its outlet and url matter to some stages). */
    public static Doc tokenized(Article article) {
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("(?U)\\w+|[^\\w\\s]").matcher(text);
        int sentenceStart = -1, firstToken = 0;
        while (m.find()) {
            if (sentenceStart < 0) sentenceStart = m.start();
            tokens.add(new Token(new Span(m.start(), m.end()), sentences.size(), "X", m.group().toLowerCase(), "O"));
            if (m.group().equals(".")) {
                sentences.add(new Sentence(new Span(sentenceStart, m.end()), firstToken, tokens.size()));
                firstToken = tokens.size();
                sentenceStart = -1;
            }
        }
        if (firstToken < tokens.size())
            sentences.add(new Sentence(new Span(sentenceStart, tokens.get(tokens.size() - 1).span().end()),
                    firstToken, tokens.size()));
        return Doc.of(article).with(org.sitrep.model.Layer.SENTENCES, sentences)
                .with(org.sitrep.model.Layer.TOKENS, tokens);
    }
}
