package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * Legal action is an accusation: the PLOVER manual's ACCUSE covers "accuse, allege, or charge, both judicially and
 * informally" and "sue or bring to court", where the CAMEO dictionary codes indicting and suing 173 (arrest, COERCE).
 * Hand parses of sentences written for these tests; typed by the rules alone.
 */
class LegalAccusationRulesTest {
    private static Doc rulesAlone(Doc doc) {
        return new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(doc);
    }

    @Test
    void anIndictmentIsAnAccusation() {
        Doc doc = Parsed.of("A Kenyan tribunal indicted the former port director on Tuesday.", "A DT a 3 det",
                        "Kenyan JJ kenyan 3 amod", "tribunal NN tribunal 4 nsubj", "indicted VBD indict 0 root",
                        "the DT the 8 det", "former JJ former 8 amod", "port NN port 8 compound",
                        "director NN director 4 obj", "on IN on 10 case", "Tuesday NNP tuesday 4 obl", ". . . 4 punct")
                .actor("Kenyan tribunal", "KENJUD").actor("former port director", "KENBUS").doc();
        assertThat(rulesAlone(doc).get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.ACCUSE);
    }

    @Test
    void aLawsuitIsAnAccusation() {
        Doc doc = Parsed.of("A Chilean fishing firm is suing Peru over its impounded trawler.", "A DT a 4 det",
                        "Chilean JJ chilean 4 amod", "fishing NN fishing 4 compound", "firm NN firm 6 nsubj",
                        "is VBZ be 6 aux", "suing VBG sue 0 root", "Peru NNP peru 6 obj", "over IN over 11 case",
                        "its PRP$ its 11 nmod:poss", "impounded JJ impounded 11 amod", "trawler NN trawler 6 obl",
                        ". . . 6 punct")
                .actor("Chilean fishing firm", "CHLBUS").actor("Peru", "PER").doc();
        assertThat(rulesAlone(doc).get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.ACCUSE);
    }
}
