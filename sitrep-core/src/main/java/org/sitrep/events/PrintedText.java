package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;

/**
 * Who narrates each part of an article. An outlet that prints an address, speech or statement whole announces it in
 * a paragraph of its own ("Read the President's full address below:", "The full text of the speech follows."); what
 * follows is the speaker's text, in the speaker's first person and without quotation marks, not the reporter's
 * narration, so its events are held by the speaker. The speaker is the first coded actor (a person first) of the
 * nearest paragraph, from the announcement back, that names a speech ("Zelensky's evening address"). Everywhere else,
 * and when no speaker is named, the narrator is the outlet. Immutable.
 */
final class PrintedText {
    /** "full text", "complete transcript", "full address": what announces a text printed whole. */
    private static final Pattern WHOLE = Pattern.compile(
            "(?i)\\b(full|complete|entire|whole)\\s+(text|transcript|address|speech|statement|remarks)\\b");
    /** Where the announced text is: after this paragraph. */
    private static final Pattern HERE =
            Pattern.compile("(?i)(\\bbelow\\b|\\bfollows\\b|:\\s*$|^here\\s+is\\b|^here's\\b)");
    /** The words that name a speech in the paragraphs before: who made it is the speaker. */
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(address|speech|statement|remarks|message)\\b");
    /**
     * A headline that opens the article with "Full text of …" ("Full text of the minister's address to parliament"):
     * the whole article is the text it names, though the headline runs into it with no "below" or colon.
     */
    private static final Pattern HEADLINE = Pattern.compile("(?i)^\\s*(full|complete|entire)\\s+(text|transcript)\\b");
    /** An announcement is a short paragraph; a long one that says "full text" is prose about a text. */
    private static final int MAX_ANNOUNCEMENT = 200;

    private final ActorRef outlet;
    private final int from;
    private final ActorRef speaker;

    private PrintedText(ActorRef outlet, int from, ActorRef speaker) {
        this.outlet = outlet;
        this.from = from;
        this.speaker = speaker;
    }

    /** Reads the article's text and actor mentions. */
    static PrintedText of(Doc doc) {
        ActorRef outlet = EventExtractor.outlet(doc);
        String text = doc.text();
        List<Span> paragraphs = paragraphs(text);
        if (!paragraphs.isEmpty() && HEADLINE.matcher(text).find()) {
            Span first = paragraphs.get(0);
            ActorRef speaker = SPEECH.matcher(text.substring(first.start(), first.end())).find()
                    ? firstActor(doc.get(Layer.ACTORS), first) : null;
            if (speaker != null) return new PrintedText(outlet, first.start(), speaker);
        }
        for (int p = 0; p < paragraphs.size(); p++) {
            Span a = paragraphs.get(p);
            String words = text.substring(a.start(), a.end()).strip();
            if (words.length() > MAX_ANNOUNCEMENT || !WHOLE.matcher(words).find() || !HERE.matcher(words).find())
                continue;
            for (int q = p; q >= 0; q--) {
                Span before = paragraphs.get(q);
                if (!SPEECH.matcher(text.substring(before.start(), before.end())).find()) continue;
                ActorRef speaker = firstActor(doc.get(Layer.ACTORS), before);
                if (speaker != null) return new PrintedText(outlet, a.end(), speaker);
            }
            return new PrintedText(outlet, Integer.MAX_VALUE, null);
        }
        return new PrintedText(outlet, Integer.MAX_VALUE, null);
    }

    /** Who narrates text at {@code at} (outside any claim): the printed text's speaker after its announcement. */
    ActorRef narrator(Span at) {
        return speaker != null && at.start() >= from ? speaker : outlet;
    }

    /** The first coded actor named in {@code within}, a person (a registry entry) before a state or body. */
    private static ActorRef firstActor(List<ActorMention> actors, Span within) {
        ActorMention first = null;
        List<ActorMention> inOrder = new ArrayList<>(actors);
        inOrder.sort(java.util.Comparator.comparing(ActorMention::span));
        for (ActorMention m : inOrder) {
            if (!within.contains(m.span()) || m.code() == null || m.code().isBlank()) continue;
            if (m.actorId() != null) return EventExtractor.ref(m);
            if (first == null) first = m;
        }
        return EventExtractor.ref(first);
    }

    /** The text's paragraphs (runs of text between line breaks), in order. */
    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (end > start) out.add(new Span(start, end));
            start = end + 1;
        }
        return out;
    }
}
