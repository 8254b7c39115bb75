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
 * Ground said to be controlled by someone (issue 10, session 22): the passive "P is controlled by X", the participle
 * "the part of P controlled by X" and the unhyphenated "X controlled P" are CONTROL by X, as "X controls P" and
 * "X-controlled P" are. Hand parses (as CoreNLP gives them) of sentences written for these tests.
 */
class ControlledByRulesTest {
    private static List<Assertion> control(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CONTROL).toList();
    }

    private static List<String> places(Doc doc) {
        return control(doc).stream().map(a -> a.placeName().of(doc.text())).toList();
    }

    private static String controller(Doc doc) {
        Assertion a = control(doc).get(0);
        return a.actor() == null ? null : a.actor().code();
    }

    @Test
    void aPlaceControlledByAnActorIsHeldByIt() {
        Doc doc = Parsed.of("Berdiansk is now controlled by Russian troops.",
                        "Berdiansk NNP Berdiansk 4 nsubj:pass", "is VBZ be 4 aux:pass", "now RB now 4 advmod",
                        "controlled VBN control 0 root", "by IN by 7 case", "Russian JJ Russian 7 amod",
                        "troops NNS troops 4 obl", ". . . 4 punct")
                .place("Berdiansk", FeatureKind.POPULATED_PLACE, "UA").actor("Russian troops", "RUSMIL").analyzed();
        assertThat(places(doc)).containsExactly("Berdiansk");
        assertThat(controller(doc)).isEqualTo("RUS");
    }

    @Test
    void groundAParticipleSaysAnActorControlsIsHeldByIt() {
        // the place in the participle's own phrase ("by Russia") is the holder, not what is held
        Doc doc = Parsed.of("Families fled the part of the Zaporizhzhia region controlled by Russia.",
                        "Families NNS family 2 nsubj", "fled VBD flee 0 root", "the DT the 4 det",
                        "part NN part 2 obj", "of IN of 8 case", "the DT the 8 det",
                        "Zaporizhzhia NNP Zaporizhzhia 8 compound", "region NN region 4 nmod",
                        "controlled VBN control 4 acl", "by IN by 11 case", "Russia NNP Russia 9 obl",
                        ". . . 2 punct")
                .place("Zaporizhzhia region", FeatureKind.ADMIN1, "UA")
                .place("Russia", FeatureKind.COUNTRY, "RU").actor("Russia", "RUS").analyzed();
        assertThat(places(doc)).containsExactly("Zaporizhzhia region");
        assertThat(controller(doc)).isEqualTo("RUS");
    }

    @Test
    void aThingControlledByAnActorIsNoGroundThoughItsPhraseNamesAPlace() {
        Doc doc = Parsed.of("The newspaper of the Luhansk region was controlled by separatists.",
                        "The DT the 2 det", "newspaper NN newspaper 8 nsubj:pass", "of IN of 6 case",
                        "the DT the 6 det", "Luhansk NNP Luhansk 6 compound", "region NN region 2 nmod",
                        "was VBD be 8 aux:pass", "controlled VBN control 0 root", "by IN by 10 case",
                        "separatists NNS separatist 8 obl", ". . . 8 punct")
                .place("Luhansk region", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(control(doc)).isEmpty();
    }

    @Test
    void aHolderWrittenBeforeTheParticipleWithoutAHyphenHoldsTheGround() {
        Doc doc = Parsed.of("Prices rose in Russian controlled parts of the Kherson region.",
                        "Prices NNS price 2 nsubj", "rose VBD rise 0 root", "in IN in 6 case",
                        "Russian JJ Russian 6 amod", "controlled VBN controlled 6 amod", "parts NNS part 2 obl",
                        "of IN of 10 case", "the DT the 10 det", "Kherson NNP Kherson 10 compound",
                        "region NN region 6 nmod", ". . . 2 punct")
                .place("Kherson region", FeatureKind.ADMIN1, "UA").actor("Russian", "RUS").analyzed();
        assertThat(places(doc)).containsExactly("Kherson region");
        assertThat(controller(doc)).isEqualTo("RUS");
    }

    @Test
    void governmentControlledAreasAreHeldGround() {
        Doc doc = Parsed.of("Power came back to government controlled areas of the Luhansk region.",
                        "Power NN power 2 nsubj", "came VBD come 0 root", "back RB back 2 advmod",
                        "to IN to 7 case", "government NN government 7 compound", "controlled VBN controlled 7 amod",
                        "areas NNS area 2 obl", "of IN of 11 case", "the DT the 11 det",
                        "Luhansk NNP Luhansk 11 compound", "region NN region 7 nmod", ". . . 2 punct")
                .place("Luhansk region", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(places(doc)).containsExactly("Luhansk region");
    }
}
