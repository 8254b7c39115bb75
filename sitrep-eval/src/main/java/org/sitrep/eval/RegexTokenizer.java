package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * A model-free tokenizer and sentence splitter for evaluations that need only offsets and rough sentences: dotted
 * abbreviations ("U.S.", "U.N.") stay one token, a sentence ends at ".", "!" or "?" unless the token before is a
 * title abbreviation ("Gen.", "Mr."). POS tags are "X" (unknown), lemmas the lower-cased token, NER "O".
 * Stateless and thread-safe.
 */
final class RegexTokenizer {
    private static final Pattern TOKEN = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt",
            "st", "sen", "rep", "gov", "jr", "sr", "adm", "brig", "no", "vs");

    private RegexTokenizer() {}

    static Doc tokenize(Article article) {
        String text = article.text();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int sentenceStart = -1, first = 0;
        String previous = "";
        while (m.find()) {
            String t = m.group();
            if (sentenceStart < 0) sentenceStart = m.start();
            tokens.add(new Token(new Span(m.start(), m.end()), sentences.size(), "X", t.toLowerCase(), "O"));
            boolean end = (t.equals(".") && !TITLES.contains(previous.toLowerCase())) || t.equals("!") || t.equals("?");
            if (end) {
                sentences.add(new Sentence(new Span(sentenceStart, m.end()), first, tokens.size()));
                first = tokens.size();
                sentenceStart = -1;
            }
            previous = t;
        }
        if (first < tokens.size())
            sentences.add(new Sentence(new Span(sentenceStart, tokens.get(tokens.size() - 1).span().end()), first,
                    tokens.size()));
        return Doc.of(article).with(Layer.SENTENCES, sentences).with(Layer.TOKENS, tokens);
    }
}
