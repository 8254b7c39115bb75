package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.testkit.TestDocs;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Stance;

/**
 * A one-sentence document parsed by hand: rows {@code "word POS lemma head relation"} in text order, heads 1-based
 * (0 = root). Actors, places and claims are added by the words that name them.
 */
final class Parsed {
    private final String text;
    private Doc doc;
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<org.sitrep.model.TimeMention> times = new ArrayList<>();

    private Parsed(String text, String... rows) {
        this.text = text;
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(" ");
            int start = text.indexOf(f[0], at);
            if (start < 0) throw new IllegalArgumentException("token " + f[0] + " not in the text after " + at);
            at = start + f[0].length();
            tokens.add(new Token(new Span(start, at), 0, f[1], f[2], "O"));
            deps.add(new Dependency(Integer.parseInt(f[3]) - 1, i, f[4]));
        }
        Sentence s = new Sentence(new Span(0, text.length()), 0, tokens.size());
        doc = Doc.of(TestDocs.article(text)).with(Layer.SENTENCES, List.of(s)).with(Layer.TOKENS, tokens)
                .with(Layer.DEPENDENCIES, deps);
    }

    static Parsed of(String text, String... rows) {
        return new Parsed(text, rows);
    }

    Span span(String words) {
        int start = text.indexOf(words);
        if (start < 0) throw new IllegalArgumentException(words + " not in " + text);
        return new Span(start, start + words.length());
    }

    Evidence evidence() {
        return new Evidence(doc.article().id(), new Span(0, text.length()), "test", "1", 1.0);
    }

    Parsed actor(String words, String code) {
        actors.add(new ActorMention(span(words), code, words, null, evidence()));
        return this;
    }

    /** An actor resolved to a registry entry ({@code id}), such as a person. */
    Parsed actor(String words, String code, String id) {
        actors.add(new ActorMention(span(words), code, words, null, evidence(), id));
        return this;
    }

    Parsed place(String words, FeatureKind kind, String country) {
        int precision = kind == FeatureKind.POPULATED_PLACE ? 1 : kind == FeatureKind.ADMIN1 ? 3 : 4;
        places.add(new PlaceMention(span(words), new Place(1, words, kind, country, "", "", 48.0, 37.0, precision),
                evidence()));
        return this;
    }

    Parsed claim(String cue, String cueClass, String sourceWords, String sourceCode, String content) {
        ActorRef source = ActorRef.named(sourceCode, sourceWords, span(sourceWords));
        claims.add(new Claim(span(cue), cue, CueClass.of(cueClass), source, List.of(source), span(content),
                Stance.NEUTRAL, ClaimPolarity.ASSERTS, false, java.time.LocalDate.of(2025, 4, 26), DateBasis.EXPLICIT,
                evidence()));
        return this;
    }

    /** A claim that denies its content ("something Russia has denied"). */
    Parsed denial(String cue, String sourceWords, String sourceCode, String content) {
        ActorRef source = ActorRef.named(sourceCode, sourceWords, span(sourceWords));
        claims.add(new Claim(span(cue), cue, CueClass.of("deny"), source, List.of(source), span(content),
                Stance.NEUTRAL, ClaimPolarity.DENIES, false, java.time.LocalDate.of(2025, 4, 26), DateBasis.EXPLICIT,
                evidence()));
        return this;
    }

    /** A time expression over {@code words} resolved to the interval [start, end). */
    Parsed time(String words, java.time.LocalDate start, java.time.LocalDate end) {
        times.add(new org.sitrep.model.TimeMention(span(words), new org.sitrep.model.TimeValue(words, "DATE",
                org.sitrep.model.TimeValue.Granularity.YEAR, start, end, null, null,
                org.sitrep.model.TimeValue.Anchoring.ABSOLUTE, null), evidence()));
        return this;
    }

    /** A time expression over {@code words} that names a span of time, not a date ("two days"). */
    Parsed duration(String words, String timex) {
        times.add(new org.sitrep.model.TimeMention(span(words), new org.sitrep.model.TimeValue(timex, "DURATION",
                org.sitrep.model.TimeValue.Granularity.DURATION, null, null, null, null,
                org.sitrep.model.TimeValue.Anchoring.ABSOLUTE, null), evidence()));
        return this;
    }

    Doc doc() {
        return doc.with(Layer.ACTORS, actors).with(Layer.PLACES, places).with(Layer.CLAIMS, claims)
                .with(Layer.TIMES, times).with(Layer.ENTITIES, List.of());
    }

    Doc analyzed() {
        return new AssertionBuilder().apply(new EventExtractor().apply(doc()));
    }
}
