package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.testkit.HandParsed;

class FirstTimeMarkersTest {
    private static final String TEXT = "Belarus acknowledged for the first time that its troops trained units. "
            + "This is the first confirmation.";

    private static Doc doc() {
        return HandParsed.text(TEXT)
                .sentence("Belarus NNP 2 nsubj", "acknowledged/acknowledge VBD 0 root", "for IN 6 case", "the DT 6 det",
                        "first JJ 6 amod", "time NN 2 obl", "that IN 10 mark", "its PRP$ 9 nmod:poss",
                        "troops/troop NNS 10 nsubj", "trained/train VBD 2 ccomp", "units/unit NNS 10 obj", ". . 2 punct")
                .sentence("This DT 5 nsubj", "is/be VBZ 5 cop", "the DT 5 det", "first JJ 5 amod",
                        "confirmation NN 0 root", ". . 5 punct")
                .actor("Belarus", "BLR", "Belarus")
                .build();
    }

    @Test
    void forTheFirstTimeOutsideTheContentMarksAFirst() {
        SentenceGraph g = SentenceGraph.of(doc()).get(0);
        assertThat(FirstTimeMarkers.firstTime(g, new int[] {7, 10}, CueClass.ACKNOWLEDGE)).isTrue();
        assertThat(FirstTimeMarkers.firstTime(g, new int[] {2, 10}, CueClass.ACKNOWLEDGE)).isFalse(); // inside the content
    }

    @Test
    void aFollowingFirstConfirmationMarksThePreviousClaims() {
        Doc d = doc();
        List<Claim> claims = new ArrayList<>(new ClaimExtractor(null).apply(d).get(Layer.CLAIMS));
        assertThat(claims).hasSize(1);
        claims.set(0, claims.get(0).withFirstTime(false));
        assertThat(FirstTimeMarkers.firstReference(SentenceGraph.of(d).get(1), claims, 0)).isTrue();
        assertThat(claims.get(0).firstTime()).isTrue();
        assertThat(FirstTimeMarkers.firstReference(SentenceGraph.of(d).get(0), claims, 0)).isFalse();
    }
}
