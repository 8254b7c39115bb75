package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;

/**
 * A speech an outlet prints whole after announcing it is the speaker's narration, not the reporter's (issue 10: the
 * addresses printed whole in the real-news dev2 and dev3 splits). Hand parses of sentences written for these tests;
 * the paragraphs before the parsed one are text the rule reads, without tokens.
 */
class PrintedTextTest {
    private static final String[] REPELLED = {"Our PRP$ our 2 nmod:poss", "brigade NN brigade 3 nsubj",
            "repelled VBD repel 0 root", "two CD two 5 nummod", "assaults NNS assault 3 obj", "near IN near 7 case",
            "Dubrava NNP Dubrava 3 obl", ". . . 3 punct"};

    private static List<Assertion> fighting(String text) {
        Doc doc = Parsed.of(text, REPELLED).actor("Ilona Marsh", "UKRGOV", "person-1")
                .place("Dubrava", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.FIGHTING).toList();
    }

    @Test
    void aSpeechPrintedWholeAfterItsAnnouncementIsHeldByTheSpeaker() {
        List<Assertion> printed = fighting("Governor Ilona Marsh gave her evening address on Friday.\n\n"
                + "Read the governor's full address below:\n\nOur brigade repelled two assaults near Dubrava.");
        assertThat(printed).extracting(a -> a.holder().code()).containsExactly("UKRGOV");
    }

    @Test
    void withoutAnAnnouncementTheTextIsTheOutletsNarration() {
        List<Assertion> reported = fighting("Governor Ilona Marsh gave her evening address on Friday.\n\n"
                + "Our brigade repelled two assaults near Dubrava.");
        assertThat(reported).extracting(a -> a.holder().code()).containsOnlyNulls().hasSize(1);
    }

    @Test
    void aLongParagraphAboutAFullTextAnnouncesNothing() {
        String prose = "Governor Ilona Marsh gave her evening address on Friday.\n\nCritics said the full text of the "
                + "treaty, which nobody outside the ministry has read, should be published below the fold of every "
                + "newspaper in the region before the vote that the council has scheduled for the first week of "
                + "the coming month:\n\nOur brigade repelled two assaults near Dubrava.";
        assertThat(fighting(prose)).extracting(a -> a.holder().code()).containsOnlyNulls().hasSize(1);
    }

    @Test
    void aHeadlineOpeningWithFullTextMakesTheWholeArticleTheSpeakersText() {
        List<Assertion> printed = fighting("Full text of Governor Ilona Marsh's address to the council Friends, "
                + "thank you for coming.\n\nOur brigade repelled two assaults near Dubrava.");
        assertThat(printed).extracting(a -> a.holder().code()).containsExactly("UKRGOV");

        List<Assertion> reported = fighting("Critics want the full text of Governor Ilona Marsh's address "
                + "published.\n\nOur brigade repelled two assaults near Dubrava.");
        assertThat(reported).extracting(a -> a.holder().code()).containsOnlyNulls().hasSize(1);
    }
}
