package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.Quantity;

/**
 * Counts a loss verb does not make casualties of (issue 10, session 20): troops that a clause of their own says are
 * somewhere ("… and on whose border there are now 90,000 troops"), and a bare number lost, which counts what was
 * named before it ("Seven have been lost", of tanks). Hand parses (as CoreNLP gives them) of sentences written for
 * these tests.
 */
class UncountedLossRulesTest {
    private static List<String> counted(Parsed p) {
        Parse parse = new Parse(p.doc());
        return QuantityFinder.find(parse, 0, parse.size(), List.of(), p.evidence()).stream()
                .map(Quantity::counted).toList();
    }

    @Test
    void troopsInAClauseOfTheirOwnAreNoLosses() {
        // the parser hangs the troops' clause on "lost" as a parataxis
        Parsed p = Parsed.of("a state that has lost land and on whose border there are now 90,000 troops",
                "a DT a 2 det", "state NN state 0 root", "that WDT that 5 nsubj", "has VBZ have 5 aux",
                "lost VBN lose 2 acl:relcl", "land NN land 5 obj", "and CC and 10 cc", "on IN on 10 case",
                "whose WP$ whose 10 nmod:poss", "border NN border 6 conj", "there EX there 10 advmod",
                "are VBP be 15 cop", "now RB now 15 advmod", "90,000 CD 90,000 15 nummod", "troops NNS troop 5 parataxis");
        assertThat(counted(p)).containsExactly("troops");

        // troops the verb itself counts stay losses
        Parsed lost = Parsed.of("the army has lost 900 troops", "the DT the 2 det", "army NN army 4 nsubj",
                "has VBZ have 4 aux", "lost VBN lose 0 root", "900 CD 900 6 nummod", "troops NNS troop 4 obj");
        assertThat(counted(lost)).containsExactly("losses");
    }

    @Test
    void aBareNumberLostIsNoCasualtyCount() {
        Parsed bare = Parsed.of("Seven have been lost in combat", "Seven CD seven 4 nsubj:pass", "have VBP have 4 aux",
                "been VBN be 4 aux:pass", "lost VBN lose 0 root", "in IN in 6 case", "combat NN combat 4 obl");
        assertThat(counted(bare)).isEmpty();

        // a bare number killed is people
        Parsed killed = Parsed.of("Seven have been killed in combat", "Seven CD seven 4 nsubj:pass",
                "have VBP have 4 aux", "been VBN be 4 aux:pass", "killed VBN kill 0 root", "in IN in 6 case",
                "combat NN combat 4 obl");
        assertThat(counted(killed)).containsExactly("killed");
    }
}
