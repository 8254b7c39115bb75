package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Quantity;

/**
 * Casualty counts a verb or noun shares (issue 10, session 23): a list of counts that one casualty verb governs
 * ("two colonels, four majors and 15 officers were killed": three counts of killed), and people counted as deaths
 * ("confirmed the death of 12 soldiers"). Hand parses (as CoreNLP gives them) of sentences written for these tests.
 */
class CountListRulesTest {
    private static List<String> counted(Parsed p) {
        Parse parse = new Parse(p.doc());
        return QuantityFinder.find(parse, 0, parse.size(), List.of(), p.evidence()).stream()
                .map(Quantity::counted).toList();
    }

    private static List<Assertion> casualties(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.CASUALTIES).toList();
    }

    @Test
    void everyCountOfAListIsCountedByTheVerbTheListHangsOn() {
        Parsed p = Parsed.of("The army said two colonels, four majors and 15 officers were killed in the strike.",
                "The DT the 2 det", "army NN army 3 nsubj", "said VBD say 0 root", "two CD two 5 nummod",
                "colonels NNS colonel 13 nsubj:pass", ", , , 5 punct", "four CD four 8 nummod", "majors NNS major 5 conj",
                "and CC and 11 cc", "15 CD 15 11 nummod", "officers NNS officer 5 conj", "were VBD be 13 aux:pass",
                "killed VBN kill 3 ccomp", "in IN in 16 case", "the DT the 16 det", "strike NN strike 13 obl",
                ". . . 3 punct");
        assertThat(counted(p)).containsExactly("killed", "killed", "killed");
        assertThat(casualties(p.analyzed())).extracting(a -> a.count().value()).containsExactly(2L, 4L, 15L);

        // a thing in a list of losses stays a thing
        Parsed lost = Parsed.of("the army has lost 900 soldiers and 15 tanks", "the DT the 2 det", "army NN army 4 nsubj",
                "has VBZ have 4 aux", "lost VBN lose 0 root", "900 CD 900 6 nummod", "soldiers NNS soldier 4 obj",
                "and CC and 9 cc", "15 CD 15 9 nummod", "tanks NNS tank 6 conj");
        assertThat(counted(lost)).containsExactly("losses", "tanks");

        // machines in a killing verb's list are no dead
        Parsed machines = Parsed.of("the shelling killed 40 soldiers, 12 vehicles and 3 guns", "the DT the 2 det",
                "shelling NN shelling 3 nsubj", "killed VBD kill 0 root", "40 CD 40 5 nummod",
                "soldiers NNS soldier 3 obj", ", , , 8 punct", "12 CD 12 8 nummod", "vehicles NNS vehicle 5 conj",
                "and CC and 11 cc", "3 CD 3 11 nummod", "guns NNS gun 5 conj");
        assertThat(counted(machines)).containsExactly("killed", "vehicles", "guns");
    }

    @Test
    void peopleCountedAsDeathsAreKilled() {
        Parsed p = Parsed.of("The ministry confirmed the death of 12 soldiers in Kherson Oblast.", "The DT the 2 det",
                "ministry NN ministry 3 nsubj", "confirmed VBD confirm 0 root", "the DT the 5 det", "death NN death 3 obj",
                "of IN of 8 case", "12 CD 12 8 nummod", "soldiers NNS soldier 5 nmod", "in IN in 11 case",
                "Kherson NNP Kherson 11 compound", "Oblast NNP Oblast 5 nmod", ". . . 3 punct")
                .place("Kherson Oblast", FeatureKind.ADMIN1, "UA");
        assertThat(counted(p)).containsExactly("killed");
        Doc doc = p.analyzed();
        assertThat(casualties(doc)).singleElement().satisfies(a -> {
            assertThat(a.count().value()).isEqualTo(12L);
            assertThat(a.count().counted()).isEqualTo("killed");
            assertThat(a.placeName().of(doc.text())).isEqualTo("Kherson Oblast");
        });
    }
}
