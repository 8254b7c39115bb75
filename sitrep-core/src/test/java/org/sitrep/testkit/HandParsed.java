package org.sitrep.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.Token;

/**
 * A parsed document written by hand, for model-free tests of the stages that read the parse. Each sentence is
 * given CoNLL style: one {@code "word[/lemma] POS head relation"} row per token in text order, heads 1-based within
 * the sentence, 0 for the root. Tokens are found in the text left to right, so the offsets are the text's. Lemmas
 * default to the lower-cased word. Actors, persons and day-precise times are added by their words (first
 * occurrence at or after the given offset).
 */
public final class HandParsed {
    private final String text;
    private LocalDate published = LocalDate.of(2026, 3, 12);
    private String outlet = "Test Wire";
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<TimeExpression> timexes = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private int at;

    private HandParsed(String text) {
        this.text = text;
    }

    public static HandParsed text(String text) {
        return new HandParsed(text);
    }

    public HandParsed published(LocalDate date) {
        this.published = date;
        return this;
    }

    /** The article's outlet; null for none. */
    public HandParsed outlet(String name) {
        this.outlet = name;
        return this;
    }

    /** The next sentence's tokens and dependencies. */
    public HandParsed sentence(String... rows) {
        int first = tokens.size();
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(" ");
            if (f.length != 4) throw new IllegalArgumentException("row '" + rows[i] + "': want 'word[/lemma] POS head rel'");
            String word = f[0], lemma = word.toLowerCase(Locale.ROOT);
            int slash = word.indexOf('/', 1);
            if (slash > 0) {
                lemma = word.substring(slash + 1);
                word = word.substring(0, slash);
            }
            int start = text.indexOf(word, at);
            if (start < 0) throw new IllegalArgumentException("token '" + word + "' not in the text after " + at);
            at = start + word.length();
            tokens.add(new Token(new Span(start, at), sentences.size(), f[1], lemma, "O"));
            int head = Integer.parseInt(f[2]);
            dependencies.add(new Dependency(head == 0 ? -1 : first + head - 1, first + i, f[3]));
        }
        sentences.add(new Sentence(new Span(tokens.get(first).span().start(), at), first, tokens.size()));
        return this;
    }

    /** An actor mention of {@code words}, its first occurrence from offset {@code from} on. */
    public HandParsed actor(String words, int from, String code, String name) {
        Span s = find(words, from);
        actors.add(new ActorMention(s, code, name, "actor", evidence(s)));
        return this;
    }

    public HandParsed actor(String words, String code, String name) {
        return actor(words, 0, code, name);
    }

    /** A PERSON entity mention of {@code words}. */
    public HandParsed person(String words) {
        return person(words, 0);
    }

    /** A PERSON entity mention of {@code words}, its first occurrence from offset {@code from} on. */
    public HandParsed person(String words, int from) {
        entities.add(new EntityMention(find(words, from), "PERSON", 1.0));
        return this;
    }

    /** A DATE time expression resolved to one day. */
    public HandParsed time(String words, LocalDate day) {
        Span s = find(words, 0);
        timexes.add(new TimeExpression(s, "DATE", day.toString()));
        times.add(new TimeMention(s, new TimeValue(day.toString(), "DATE", TimeValue.Granularity.DAY, day,
                day.plusDays(1), null, null, TimeValue.Anchoring.ABSOLUTE, null), evidence(s)));
        return this;
    }

    /** A DATE time expression resolved to a whole month. */
    public HandParsed month(String words, java.time.YearMonth month) {
        Span s = find(words, 0);
        timexes.add(new TimeExpression(s, "DATE", month.toString()));
        times.add(new TimeMention(s, new TimeValue(month.toString(), "DATE", TimeValue.Granularity.MONTH, month.atDay(1),
                month.plusMonths(1).atDay(1), null, null, TimeValue.Anchoring.ABSOLUTE, null), evidence(s)));
        return this;
    }

    public Doc build() {
        Article a = Article.of(outlet, url(), "en", published, null, "Test", text, "test");
        return Doc.of(a).with(Layer.SENTENCES, sentences).with(Layer.TOKENS, tokens)
                .with(Layer.DEPENDENCIES, dependencies).with(Layer.ENTITIES, entities)
                .with(Layer.ACTORS, actors).with(Layer.TIMEXES, timexes).with(Layer.TIMES, times);
    }

    private Span find(String words, int from) {
        int start = text.indexOf(words, from);
        if (start < 0) throw new IllegalArgumentException("'" + words + "' not in the text");
        return new Span(start, start + words.length());
    }

    private Evidence evidence(Span s) {
        return new Evidence(ArticleId.of(text, url()), s, "hand", "1", 1.0);
    }

    private String url() {
        return "https://example.org/" + Math.abs(text.hashCode());
    }
}
