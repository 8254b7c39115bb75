package org.sitrep.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CueClass;

class CueLexiconTest {
    @Test
    void everyNamedSubsetIsMadeOfLexiconCues() {
        for (Set<String> subset : java.util.List.of(CueLexicon.TRAILING_ATTRIBUTION, CueLexicon.CLAUSE_REPORTING,
                CueLexicon.SPEECH_AFTER_NAME, CueLexicon.AGENT_SPEECH,
                CueLexicon.DISTANCING_CUES))
            for (String lemma : subset)
                assertThat(CueLexicon.verbClass(lemma)).as("'%s' is a cue of the lexicon", lemma).isPresent();
        for (String lemma : CueLexicon.CHANNEL_VERBS)
            assertThat(CueLexicon.verbClass(lemma).map(CueClass::code).orElse("other") + lemma).isIn("assertreport", "assertpublish",
                    "otherbroadcast", "othercarry", "assertannounce", "otherrelay");
    }

    @Test
    void formsInflectRegularAndIrregularVerbs() {
        assertThat(CueLexicon.forms(Set.of("say"), CueLexicon.Form.BASE, CueLexicon.Form.THIRD_PERSON, CueLexicon.Form.PAST))
                .containsExactlyInAnyOrder("say", "says", "said");
        assertThat(CueLexicon.forms(Set.of("deny", "accuse", "admit", "press"), CueLexicon.Form.PAST, CueLexicon.Form.THIRD_PERSON))
                .containsExactlyInAnyOrder("denied", "denies", "accused", "accuses", "admitted", "admits", "pressed", "presses");
        assertThat(CueLexicon.forms(Set.of("say"))).isEmpty();
    }

    @Test
    void classesAndPhrasalCues() {
        assertThat(CueLexicon.verbClass("deny")).contains(CueClass.DENY);
        assertThat(CueLexicon.phrasalClass("call on")).contains(CueClass.DEMAND);
        assertThat(CueLexicon.verbClass("attack")).isEmpty();
    }
}
