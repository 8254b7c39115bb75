package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.events.internal.Parse;

class CameoLexiconTest {
    /** A group like the dictionary's DEMAND block: "push on" (advance) written for "push", "release" for all. */
    private static final CameoLexicon LEXICON = new CameoLexicon(List.of("=\t100", "V\tdemand\t", "V\tpush\t",
            "P\t190\ton\tpush", "P\t1053\trelease\tdemand", "P\t104\ton issues\t", "=\t---", "V\treject\t",
            "P\t124\tdemand\treject"), List.of("100\tREQUEST\t", "190\tASSAULT\t"));

    @Test
    void aVerbsOwnPatternComesBeforeTheGroupsOthers() {
        assertThat(LEXICON.cameo("demand", List.of("release"))).contains("1053");
        assertThat(LEXICON.cameo("push", List.of("on"))).contains("190");
        // "push on" was written for push, and a preposition alone is the valency of its own verb: demand reads the
        // group's unnamed pattern or its default
        assertThat(LEXICON.cameo("demand", List.of("on"))).contains("100");
        assertThat(LEXICON.cameo("demand", List.of("on", "issues"))).contains("104");
        assertThat(LEXICON.cameo("demand", List.of("talks"))).contains("100");
    }

    /** A group like the dictionary's: "accuse" with a code of its own, "pull out" with a pattern of its own. */
    private static final CameoLexicon OWN_CODES = new CameoLexicon(List.of("=\t110", "V\tblame\t", "V\taccuse\t112",
            "V\tpull\t", "P\t161\tout of talks\tpull"), List.of("110\tACCUSE\tdisapprove", "161\tSANCTION\t"));

    @Test
    void aVerbWithACodeOfItsOwnIsNotCodedByAnotherVerbsPattern() {
        assertThat(OWN_CODES.cameo("accuse", List.of("the", "envoy", "out", "of", "talks"))).contains("112");
        assertThat(OWN_CODES.cameo("pull", List.of("out", "of", "talks"))).contains("161");
        // a verb without a code of its own still reads the group's patterns, as PETRARCH does
        assertThat(OWN_CODES.cameo("blame", List.of("out", "of", "talks"))).contains("161");
    }

    /** The bundled dictionary: "(TO)" is written for "welcome" (a visit), "(ON)" for "call" (an appeal). */
    @Test
    void aPrepositionWrittenForAnotherVerbDoesNotCodeThisOne() {
        CameoLexicon real = CameoLexicon.standard();
        // "praised the council's work to rebuild schools": praise (051), not the hosting of a visit (043)
        assertThat(real.cameo("praise", List.of("the", "council", "'s", "work", "to", "rebuild", "schools")))
                .contains("051");
        // "telephoned the Chilean envoy on Monday": a call by phone (041), not a "call on" someone (020)
        assertThat(real.cameo("telephone", List.of("the", "chilean", "envoy", "on", "monday"))).contains("041");
        // the verbs the patterns were written for keep them
        assertThat(real.cameo("welcome", List.of("the", "envoy", "to", "the", "capital"))).contains("043");
        assertThat(real.cameo("call", List.of("on", "the", "rebels"))).contains("020");
    }

    @Test
    void aGroupWithoutEventCodesOnlyThroughItsPatterns() {
        assertThat(LEXICON.cameo("reject", List.of("plan"))).isEqualTo(Optional.empty());
        assertThat(LEXICON.cameo("reject", List.of("their", "demand"))).contains("124");
        assertThat(LEXICON.cameo("unknown", List.of())).isEmpty();
    }

    @Test
    void aPatternReadsTheVerbsPhraseNotTheNextClause() {
        Parse p = new Parse(Parsed.of("Washington demanded that Hamas renounce its struggle against Israel.",
                "Washington NNP washington 2 nsubj", "demanded VBD demand 0 root", "that IN that 5 mark",
                "Hamas NNP hamas 5 nsubj", "renounce VB renounce 2 ccomp", "its PRP$ its 7 nmod:poss",
                "struggle NN struggle 5 obj", "against IN against 9 case", "Israel NNP israel 7 nmod",
                ". . . 2 punct").doc());
        assertThat(EventExtractor.phraseAfter(p, 1)).isEmpty();
        assertThat(EventExtractor.phraseAfter(p, 4)).containsExactly("its", "struggle", "against", "israel");
    }

    /** A group like the dictionary's "issue": an ultimatum is a threat, an attack (verbal) a denunciation. */
    private static final CameoLexicon FORMS = new CameoLexicon(List.of("=\t010", "V\tissue\t",
            "P\t111\tattack\tissue", "P\t139\tultimatum\tissue"), List.of());

    @Test
    void ofEquallyGoodPatternsTheOneEndingNearestTheVerbWins() {
        assertThat(FORMS.cameo("issue", List.of("an", "ultimatum", "to", "halt", "attack"))).contains("139");
        assertThat(FORMS.cameo("issue", List.of("an", "attack", "ultimatum"))).contains("111");
        assertThat(FORMS.cameo("issue", List.of("a", "statement"))).contains("010");
    }
}
