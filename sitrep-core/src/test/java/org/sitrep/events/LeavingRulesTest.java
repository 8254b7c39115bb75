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
 * Leaving hands ground over only when armed forces leave (issue 10: a front line "withdrawn into" a region and
 * states "pulling" their citizens out of a country read as CONTROL in the real-news dev3 split). Hand parses (as
 * CoreNLP gives them) of sentences written for these tests.
 */
class LeavingRulesTest {
    private static List<Assertion> control(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CONTROL).toList();
    }

    @Test
    void aLineThatWithdrawsLeavesNoGroundTroopsThatWithdrawDo() {
        Doc line = Parsed.of("The line of contact with enemy troops has withdrawn toward Kreminna.",
                        "The DT the 2 det", "line NN line 9 nsubj", "of IN of 4 case", "contact NN contact 2 nmod",
                        "with IN with 7 case", "enemy NN enemy 7 compound", "troops NNS troops 2 nmod",
                        "has VBZ have 9 aux", "withdrawn VBN withdraw 0 root", "toward IN toward 11 case",
                        "Kreminna NNP Kreminna 9 obl", ". . . 9 punct")
                .place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(line)).isEmpty();

        Doc troops = Parsed.of("Enemy troops have withdrawn from Kreminna.", "Enemy NN enemy 2 compound",
                        "troops NNS troops 4 nsubj", "have VBP have 4 aux", "withdrawn VBN withdraw 0 root",
                        "from IN from 6 case", "Kreminna NNP Kreminna 4 obl", ". . . 4 punct")
                .place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(troops)).hasSize(1);
    }

    @Test
    void governmentsPullingOutLeaveNoGroundBattalionsDo() {
        Doc governments = Parsed.of("Several governments are pulling out of Kherson.", "Several JJ several 2 amod",
                        "governments NNS government 4 nsubj", "are VBP be 4 aux", "pulling VBG pull 0 root",
                        "out RP out 4 compound:prt", "of IN of 7 case", "Kherson NNP Kherson 4 obl", ". . . 4 punct")
                .place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(governments)).isEmpty();

        Doc battalions = Parsed.of("Several battalions are pulling out of Kherson.", "Several JJ several 2 amod",
                        "battalions NNS battalion 4 nsubj", "are VBP be 4 aux", "pulling VBG pull 0 root",
                        "out RP out 4 compound:prt", "of IN of 7 case", "Kherson NNP Kherson 4 obl", ". . . 4 punct")
                .place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(battalions)).hasSize(1);
    }
}
