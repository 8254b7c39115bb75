package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Polarity;

/**
 * An event said to show nothing of itself did not happen: "no sign of a withdrawal", "did not see any sign of"
 * (issue 11: denials of an announced pullback were stored as reports that it happened). Hand parses of sentences
 * written for these tests.
 */
class NoSignRulesTest {
    private static Polarity withdrawal(Doc doc) {
        Event e = doc.get(Layer.EVENTS).stream().filter(x -> x.span().of(doc.text()).equals("withdrawal"))
                .findFirst().orElseThrow(() -> new AssertionError("no withdrawal event in " + doc.get(Layer.EVENTS)));
        return e.polarity();
    }

    /** The rows of "… sign of a withdrawal of Russian troops from Kreminna." after the sign's determiner at 3. */
    private static final String[] WITHDRAWAL = {"sign NN sign 2 obj", "of IN of 7 case", "a DT a 7 det",
            "withdrawal NN withdrawal 4 nmod", "of IN of 10 case", "Russian JJ russian 10 amod", "troops NNS troop 7 nmod",
            "from IN from 12 case", "Kreminna NNP kreminna 7 nmod", ". . . 2 punct"};

    private static Doc analyzed(String text, String determiner) {
        String[] rows = new String[3 + WITHDRAWAL.length];
        rows[0] = "Observers NNS observer 2 nsubj";
        rows[1] = "saw VBD see 0 root";
        rows[2] = determiner + " DT " + determiner.toLowerCase() + " 4 det";
        System.arraycopy(WITHDRAWAL, 0, rows, 3, WITHDRAWAL.length);
        return Parsed.of(text, rows).actor("Russian troops", "RUSMIL")
                .place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
    }

    @Test
    void noSignOfAWithdrawalSaysItDidNotHappen() {
        Doc doc = analyzed("Observers saw no sign of a withdrawal of Russian troops from Kreminna.", "no");
        assertThat(withdrawal(doc)).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void notSeeingAnySignOfItSaysSoToo() {
        Doc doc = Parsed.of("Observers did not see any sign of a withdrawal of Russian troops from Kreminna.",
                        "Observers NNS observer 4 nsubj", "did VBD do 4 aux", "not RB not 4 advmod", "see VB see 0 root",
                        "any DT any 6 det", "sign NN sign 4 obj", "of IN of 9 case", "a DT a 9 det",
                        "withdrawal NN withdrawal 6 nmod", "of IN of 12 case", "Russian JJ russian 12 amod",
                        "troops NNS troop 9 nmod", "from IN from 14 case", "Kreminna NNP kreminna 9 nmod", ". . . 4 punct")
                .actor("Russian troops", "RUSMIL").place("Kreminna", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(withdrawal(doc)).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void aSignOfAWithdrawalIsNoDenial() {
        Doc doc = analyzed("Observers saw a sign of a withdrawal of Russian troops from Kreminna.", "a");
        assertThat(withdrawal(doc)).isEqualTo(Polarity.POSITIVE);
    }
}
