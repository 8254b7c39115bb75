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
 * Whether what a modal, planning or future verb says passes to an event noun it reaches through a chain of nouns, to a
 * holding told by a verb and to a coordinated verb; aims named by a noun or a task; property taken (hand parses of
 * invented sentences).
 */
class ModalChainRulesTest {
    private static List<Assertion> actual(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind && a.modality() == Modality.ACTUAL).toList();
    }

    private static List<Assertion> all(Doc doc, Kind kind) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == kind).toList();
    }

    private static Doc reprisal(String modal, String verb, String verbTag, String verbLemma) {
        String text = "The reprisal " + (modal.isEmpty() ? "" : modal + " ") + verb + " the form of an assault on Kherson.";
        int off = modal.isEmpty() ? 0 : 1;
        List<String> rows = new java.util.ArrayList<>(List.of("The DT the 2 det", "reprisal NN reprisal " + (3 + off) + " nsubj"));
        if (off == 1) rows.add(modal + " MD " + modal + " 4 aux");
        rows.addAll(List.of(verb + " " + verbTag + " " + verbLemma + " 0 root", "the DT the " + (5 + off) + " det",
                "form NN form " + (3 + off) + " obj", "of IN of " + (8 + off) + " case", "an DT a " + (8 + off) + " det",
                "assault NN assault " + (5 + off) + " nmod", "on IN on " + (10 + off) + " case",
                "Kherson NNP kherson " + (8 + off) + " nmod"));
        return Parsed.of(text, rows.toArray(String[]::new)).place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
    }

    @Test
    void anEventNounInTheObjectOfAModalVerbIsOnlyPossible() {
        Doc possible = reprisal("could", "take", "VB", "take");
        assertThat(all(possible, Kind.FIGHTING)).isNotEmpty();
        assertThat(actual(possible, Kind.FIGHTING)).isEmpty();

        Doc done = reprisal("", "took", "VBD", "take");
        assertThat(actual(done, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void aNounOfEndingLeavesWhatItEndsStanding() {
        Doc doc = Parsed.of("The talks could bring an end to the fighting near Kherson.", "The DT the 2 det",
                "talks NNS talk 4 nsubj", "could MD could 4 aux", "bring VB bring 0 root", "an DT a 6 det",
                "end NN end 4 obj", "to IN to 9 case", "the DT the 9 det", "fighting NN fighting 6 nmod",
                "near IN near 11 case", "Kherson NNP kherson 9 nmod")
                .place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.FIGHTING)).hasSize(1);
    }

    @Test
    void aHoldingWantedOrForetoldIsNoFact() {
        Doc wanted = Parsed.of("Moscow wants to take Berdiansk under its control.", "Moscow NNP moscow 2 nsubj",
                "wants VBZ want 0 root", "to TO to 4 mark", "take VB take 2 xcomp", "Berdiansk NNP berdiansk 4 obj",
                "under IN under 8 case", "its PRP$ its 8 nmod:poss", "control NN control 4 obl")
                .actor("Moscow", "RUS").place("Berdiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(wanted, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(wanted, Kind.CONTROL)).isEmpty();

        Doc foretold = Parsed.of("Berdiansk will remain under Russian control.", "Berdiansk NNP berdiansk 3 nsubj",
                "will MD will 3 aux", "remain VB remain 0 root", "under IN under 6 case", "Russian JJ russian 6 amod",
                "control NN control 3 obl")
                .actor("Russian", "RUS").place("Berdiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(foretold, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(foretold, Kind.CONTROL)).isEmpty();

        Doc stated = Parsed.of("Berdiansk remains under Russian control.", "Berdiansk NNP berdiansk 2 nsubj",
                "remains VBZ remain 0 root", "under IN under 5 case", "Russian JJ russian 5 amod",
                "control NN control 2 obl")
                .actor("Russian", "RUS").place("Berdiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(stated, Kind.CONTROL)).hasSize(1);
    }

    @Test
    void anEventualAssaultIsNotYetFought() {
        Doc doc = Parsed.of("Planners discussed the eventual assault on Tokmak.", "Planners NNS planner 2 nsubj",
                "discussed VBD discuss 0 root", "the DT the 5 det", "eventual JJ eventual 5 amod",
                "assault NN assault 2 obj", "on IN on 7 case", "Tokmak NNP tokmak 5 nmod")
                .place("Tokmak", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(doc, Kind.FIGHTING)).isNotEmpty();
        assertThat(actual(doc, Kind.FIGHTING)).isEmpty();
    }

    @Test
    void aTakingSaidToBeAGoalOrGivenAsATaskIsAnAim() {
        Doc goal = Parsed.of("The seizure of Huliaipole was their goal.", "The DT the 2 det",
                "seizure NN seizure 7 nsubj", "of IN of 4 case", "Huliaipole NNP huliaipole 2 nmod",
                "was VBD be 7 cop", "their PRP$ their 7 nmod:poss", "goal NN goal 0 root")
                .place("Huliaipole", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(goal, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(goal, Kind.CONTROL)).isEmpty();

        Doc task = Parsed.of("Commanders tasked the brigade with capturing Robotyne.", "Commanders NNS commander 2 nsubj",
                "tasked VBD task 0 root", "the DT the 4 det", "brigade NN brigade 2 obj", "with IN with 6 mark",
                "capturing VBG capture 2 advcl", "Robotyne NNP robotyne 6 obj")
                .place("Robotyne", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(task, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(task, Kind.CONTROL)).isEmpty();
    }

    @Test
    void aVerbCoordinatedWithAnAimWithoutASubjectOfItsOwnIsAnAimToo() {
        Doc aim = Parsed.of("The militias spoke of their duty to fight for Moscow and liberate Kupiansk.",
                "The DT the 2 det", "militias NNS militia 3 nsubj", "spoke VBD speak 0 root", "of IN of 6 case",
                "their PRP$ their 6 nmod:poss", "duty NN duty 3 obl", "to TO to 8 mark", "fight VB fight 6 acl",
                "for IN for 10 case", "Moscow NNP moscow 8 obl", "and CC and 12 cc", "liberate VB liberate 8 conj",
                "Kupiansk NNP kupiansk 12 obj")
                .actor("Moscow", "RUS").place("Kupiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(aim, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(aim, Kind.CONTROL)).isEmpty();

        Doc done = Parsed.of("The militias fought for Moscow and liberated Kupiansk.", "The DT the 2 det",
                "militias NNS militia 3 nsubj", "fought VBD fight 0 root", "for IN for 5 case",
                "Moscow NNP moscow 3 obl", "and CC and 7 cc", "liberated VBD liberate 3 conj",
                "Kupiansk NNP kupiansk 7 obj")
                .actor("Moscow", "RUS").place("Kupiansk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(done, Kind.CONTROL)).hasSize(1);
    }

    @Test
    void aHoldingUnderAnIfIsOnlySupposed() {
        Doc doc = Parsed.of("Critics asked what would follow if Moscow was free to keep Melitopol.",
                "Critics NNS critic 2 nsubj", "asked VBD ask 0 root", "what WP what 5 nsubj", "would MD would 5 aux",
                "follow VB follow 2 ccomp", "if IN if 9 mark", "Moscow NNP moscow 9 nsubj", "was VBD be 9 cop",
                "free JJ free 5 advcl", "to TO to 11 mark", "keep VB keep 9 xcomp", "Melitopol NNP melitopol 11 obj")
                .actor("Moscow", "RUS").place("Melitopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(doc, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void hardwareAndAssetsTakenAreNoGround() {
        Doc hardware = Parsed.of("Kyiv displayed Russian hardware captured near Izium.", "Kyiv NNP kyiv 2 nsubj",
                "displayed VBD display 0 root", "Russian JJ russian 4 amod", "hardware NN hardware 2 obj",
                "captured VBN capture 4 acl", "near IN near 7 case", "Izium NNP izium 5 obl")
                .actor("Kyiv", "UKR").place("Izium", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(hardware, Kind.CONTROL)).isEmpty();

        Doc assets = Parsed.of("Prosecutors seized the assets of a tycoon in Kharkiv.", "Prosecutors NNS prosecutor 2 nsubj",
                "seized VBD seize 0 root", "the DT the 4 det", "assets NNS asset 2 obj", "of IN of 7 case",
                "a DT a 7 det", "tycoon NN tycoon 4 nmod", "in IN in 9 case", "Kharkiv NNP kharkiv 2 obl")
                .place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(assets, Kind.CONTROL)).isEmpty();
    }

    @Test
    void aWithdrawalPushedForIsDemandedNotDone() {
        Doc doc = Parsed.of("Diplomats lobbied for an immediate Russian withdrawal from Kherson.",
                "Diplomats NNS diplomat 2 nsubj", "lobbied VBD lobby 0 root", "for IN for 7 case", "an DT a 7 det",
                "immediate JJ immediate 7 amod", "Russian JJ russian 7 amod", "withdrawal NN withdrawal 2 obl",
                "from IN from 9 case", "Kherson NNP kherson 7 nmod")
                .actor("Russian", "RUS").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(all(doc, Kind.CONTROL)).isNotEmpty();
        assertThat(actual(doc, Kind.CONTROL)).isEmpty();
    }

    @Test
    void aVerbCoordinatedWithATryingVerbIsNotTriedButDone() {
        Doc doc = Parsed.of("Enemy groups tried to cross the river and were repelled near Dubrava.",
                "Enemy NN enemy 2 compound", "groups NNS group 3 nsubj", "tried VBD try 0 root", "to TO to 5 mark",
                "cross VB cross 3 xcomp", "the DT the 7 det", "river NN river 5 obj", "and CC and 10 cc",
                "were VBD be 10 aux:pass", "repelled VBN repel 3 conj", "near IN near 12 case",
                "Dubrava NNP dubrava 10 obl")
                .place("Dubrava", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(actual(doc, Kind.FIGHTING)).hasSize(1);
    }
}
