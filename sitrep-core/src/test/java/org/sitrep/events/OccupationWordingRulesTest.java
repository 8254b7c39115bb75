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
import org.sitrep.model.Polarity;

/**
 * Rarer wordings of a taking or a standing occupation (issue 10, session 20): ending an occupation ("de-occupy",
 * "de-occupation") presupposes it whatever is said of the ending, "take-over" split by the tokenizer, a "grab" of
 * ground. Hand parses (as CoreNLP gives them) of sentences written for these tests.
 */
class OccupationWordingRulesTest {
    private static List<Assertion> control(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream()
                .filter(a -> a.kind() == Kind.CONTROL && a.modality() == Modality.ACTUAL).toList();
    }

    private static String place(Doc doc, Assertion a) {
        return a.placeName().of(doc.text());
    }

    @Test
    void anAimToDeOccupyAPlaceStatesItsOccupation() {
        Doc doc = Parsed.of("Kyiv wants to de-occupy Sevastopol by peaceful means.", "Kyiv NNP Kyiv 2 nsubj",
                        "wants VBZ want 0 root", "to TO to 4 mark", "de-occupy VB de-occupy 2 xcomp",
                        "Sevastopol NNP Sevastopol 4 obj", "by IN by 8 case", "peaceful JJ peaceful 8 amod",
                        "means NNS means 4 obl", ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").place("Sevastopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(doc)).singleElement().satisfies(a -> {
            assertThat(place(doc, a)).isEqualTo("Sevastopol");
            assertThat(a.polarity()).isEqualTo(Polarity.POSITIVE);
            // the one who would end the occupation does not hold the place
            assertThat(a.actor()).isNull();
        });
    }

    @Test
    void aDeOccupationNamedStatesTheOccupation() {
        Doc doc = Parsed.of("The forum debated the de-occupation of Sevastopol.", "The DT the 2 det",
                        "forum NN forum 3 nsubj", "debated VBD debate 0 root", "the DT the 5 det",
                        "de-occupation NN de-occupation 3 obj", "of IN of 7 case", "Sevastopol NNP Sevastopol 5 nmod",
                        ". . . 3 punct")
                .place("Sevastopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(doc)).singleElement().satisfies(a -> assertThat(place(doc, a)).isEqualTo("Sevastopol"));
    }

    @Test
    void aTakeOverSplitByTheTokenizerIsATaking() {
        Doc doc = Parsed.of("Few objected to the take-over of Sevastopol back then.", "Few JJ few 2 nsubj",
                        "objected VBD object 0 root", "to IN to 5 case", "the DT the 5 det", "take NN take 2 obl",
                        "- HYPH - 5 punct", "over IN over 9 case", "of IN of 9 case",
                        "Sevastopol NNP Sevastopol 5 nmod", "back RB back 11 advmod", "then RB then 2 advmod",
                        ". . . 2 punct")
                .place("Sevastopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(doc)).singleElement().satisfies(a -> assertThat(place(doc, a)).isEqualTo("Sevastopol"));

        // "take" with a hyphen that is not glued to "over" is no takeover
        Doc apart = Parsed.of("Few objected to the take - over of Sevastopol back then.", "Few JJ few 2 nsubj",
                        "objected VBD object 0 root", "to IN to 5 case", "the DT the 5 det", "take NN take 2 obl",
                        "- HYPH - 5 punct", "over IN over 9 case", "of IN of 9 case",
                        "Sevastopol NNP Sevastopol 5 nmod", "back RB back 11 advmod", "then RB then 2 advmod",
                        ". . . 2 punct")
                .place("Sevastopol", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(apart)).isEmpty();
    }

    @Test
    void aGrabOfGroundTakesItAPowerGrabDoesNot() {
        Doc named = Parsed.of("Sanctions followed the Kherson grab within weeks.", "Sanctions NNS sanction 2 nsubj",
                        "followed VBD follow 0 root", "the DT the 5 det", "Kherson NNP Kherson 5 compound",
                        "grab NN grab 2 obj", "within IN within 7 case", "weeks NNS week 2 obl", ". . . 2 punct")
                .place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(control(named)).singleElement().satisfies(a -> assertThat(place(named, a)).isEqualTo("Kherson"));

        Doc land = Parsed.of("The land grab in Zaporizhzhia drew protests.", "The DT the 3 det",
                        "land NN land 3 compound", "grab NN grab 6 nsubj", "in IN in 5 case",
                        "Zaporizhzhia NNP Zaporizhzhia 3 nmod", "drew VBD draw 0 root", "protests NNS protest 6 obj",
                        ". . . 6 punct")
                .place("Zaporizhzhia", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(control(land)).singleElement()
                .satisfies(a -> assertThat(place(land, a)).isEqualTo("Zaporizhzhia"));

        Doc power = Parsed.of("The power grab in Zaporizhzhia drew protests.", "The DT the 3 det",
                        "power NN power 3 compound", "grab NN grab 6 nsubj", "in IN in 5 case",
                        "Zaporizhzhia NNP Zaporizhzhia 3 nmod", "drew VBD draw 0 root", "protests NNS protest 6 obj",
                        ". . . 6 punct")
                .place("Zaporizhzhia", FeatureKind.ADMIN1, "UA").analyzed();
        assertThat(control(power)).isEmpty();
    }
}
