package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;

/**
 * Fighting told of by the clause around it (issue 10, session 23): "fighting has been fierce around P" is placed by
 * the adjective's phrase, and an advance being attempted is fighting under way, not a plan. Hand parses (as CoreNLP
 * gives them) of sentences written for these tests.
 */
class FightingClauseRulesTest {
    private static List<Assertion> fighting(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.FIGHTING).toList();
    }

    @Test
    void fightingThatIsTheSubjectOfAnAdjectiveIsPlacedByIt() {
        Doc doc = Parsed.of("Fighting has been especially fierce around Bakhmut and Soledar.", "Fighting NN fighting 5 nsubj",
                "has VBZ have 5 aux", "been VBN be 5 cop", "especially RB especially 5 advmod", "fierce JJ fierce 0 root",
                "around IN around 7 case", "Bakhmut NNP Bakhmut 5 obl", "and CC and 9 cc", "Soledar NNP Soledar 7 conj",
                ". . . 5 punct")
                .place("Bakhmut", FeatureKind.POPULATED_PLACE, "UA").place("Soledar", FeatureKind.POPULATED_PLACE, "UA")
                .analyzed();
        assertThat(fighting(doc)).singleElement().satisfies(a -> {
            assertThat(a.placeName().of(doc.text())).isEqualTo("Bakhmut");
            assertThat(a.modality()).isEqualTo(Modality.ACTUAL);
        });

        // the predicate's modal is the fighting's: what fighting would be like is no report of it
        Doc would = Parsed.of("Fighting in Kherson would be brutal.", "Fighting NN fighting 6 nsubj", "in IN in 3 case",
                "Kherson NNP Kherson 1 nmod", "would MD would 6 aux", "be VB be 6 cop", "brutal JJ brutal 0 root",
                ". . . 6 punct")
                .place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(would)).allSatisfy(a -> assertThat(a.modality()).isNotEqualTo(Modality.ACTUAL));
    }

    @Test
    void anAdvanceBeingAttemptedIsFightingUnderWay() {
        Doc doc = Parsed.of("Russian units are attempting an advance on Vuhledar.", "Russian JJ russian 2 amod",
                "units NNS unit 4 nsubj", "are VBP be 4 aux", "attempting VBG attempt 0 root", "an DT a 6 det",
                "advance NN advance 4 obj", "on IN on 8 case", "Vuhledar NNP Vuhledar 6 nmod", ". . . 4 punct")
                .actor("Russian units", "RUSMIL").place("Vuhledar", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(doc)).singleElement().satisfies(a -> {
            assertThat(a.placeName().of(doc.text())).isEqualTo("Vuhledar");
            assertThat(a.modality()).isEqualTo(Modality.ACTUAL);
        });

        // an attempt that may come is still a possibility
        Doc may = Parsed.of("Russian troops may attempt an advance on Vuhledar.", "Russian JJ Russian 2 amod",
                "troops NNS troops 4 nsubj", "may MD may 4 aux", "attempt VB attempt 0 root", "an DT a 6 det",
                "advance NN advance 4 obj", "on IN on 8 case", "Vuhledar NNP Vuhledar 6 nmod", ". . . 4 punct")
                .actor("Russian troops", "RUSMIL").place("Vuhledar", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(fighting(may)).allSatisfy(a -> assertThat(a.modality()).isNotEqualTo(Modality.ACTUAL));
    }
}
