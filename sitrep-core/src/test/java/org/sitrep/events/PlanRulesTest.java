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
 * Planned attacks read as PLAN assertions (hand parses shaped as CoreNLP parses such sentences): who plans, asserted
 * or denied, and what is no plan (a risk, a threat to a place, a plan to do something else).
 */
class PlanRulesTest {
    private static List<Assertion> plans(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.PLAN).toList();
    }

    @Test
    void forcesThatPlanToAttackACityArePlannersOfThatAttack() {
        Doc doc = Parsed.of("Russian forces plan to attack Kharkiv next week.", "Russian JJ russian 2 amod",
                "forces NNS force 3 nsubj", "plan VBP plan 0 root", "to TO to 5 mark", "attack VB attack 3 xcomp",
                "Kharkiv NNP kharkiv 5 obj", "next JJ next 8 amod", "week NN week 5 obl:tmod")
                .actor("Russian forces", "RUSMIL").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(plans(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(a.modality()).isEqualTo(Modality.PLANNED);
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.place().place().name()).isEqualTo("Kharkiv");
        });
    }

    @Test
    void denyingAnyPlansToInvadeIsADeniedPlanOfTheDenier() {
        // the parser hangs "to invade" on "denies", beside its object "plans"
        Doc doc = Parsed.of("Moscow denies any plans to invade.", "Moscow NNP moscow 2 nsubj",
                "denies VBZ deny 0 root", "any DT any 4 det", "plans NNS plan 2 obj", "to TO to 6 mark",
                "invade VB invade 2 xcomp", ". . . 2 punct")
                .actor("Moscow", "RUSGOV").analyzed();
        assertThat(plans(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
        });
    }

    @Test
    void noEvidenceThatASideIsPreparingAnOffensiveDeniesItsPlan() {
        Doc doc = Parsed.of("There is no evidence that Kyiv is preparing an offensive.", "There EX there 2 expl",
                "is VBZ be 0 root", "no DT no 4 det", "evidence NN evidence 2 nsubj", "that IN that 8 mark",
                "Kyiv NNP kyiv 8 nsubj", "is VBZ be 8 aux", "preparing VBG prepare 4 acl", "an DT a 10 det",
                "offensive NN offensive 8 obj", ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").analyzed();
        assertThat(plans(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.actor().code()).isEqualTo("UKR");
        });
    }

    @Test
    void anAccusationOfPlanningAnAttackAndItsDenialInOneSentenceAreTwoPlans() {
        String text = "NATO accused Russia of planning an attack, something Russia denied.";
        Doc doc = Parsed.of(text, "NATO NNP nato 2 nsubj", "accused VBD accuse 0 root", "Russia NNP russia 2 obj",
                "of IN of 5 mark", "planning VBG plan 2 advcl", "an DT a 7 det", "attack NN attack 5 obj",
                ", , , 7 punct", "something NN something 7 appos", "Russia NNP russia 11 nsubj",
                "denied VBD deny 9 acl:relcl", ". . . 2 punct")
                .actor("NATO", "IGOWSTNAT").actor("Russia", "RUS")
                .claim("accused", "accuse", "NATO", "IGOWSTNAT", "Russia of planning an attack, something Russia denied")
                .denial("denied", "Russia denied", "RUS", "Russia of planning an attack")
                .analyzed();
        assertThat(plans(doc)).extracting(a -> a.holder().code() + " " + a.polarity() + " " + a.actor().code())
                .containsExactlyInAnyOrder("IGOWSTNAT POSITIVE RUS", "RUS NEGATIVE RUS");
    }

    @Test
    void aRiskAThreatenedPlaceOrAPlanToRepelAnAttackIsNoPlanOfIt() {
        Doc could = Parsed.of("Russia could attack Kharkiv.", "Russia NNP russia 3 nsubj", "could MD could 3 aux",
                "attack VB attack 0 root", "Kharkiv NNP kharkiv 3 obj", ". . . 3 punct")
                .actor("Russia", "RUS").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(plans(could)).isEmpty();

        Doc threatened = Parsed.of("Kharkiv is threatened by a Russian attack.", "Kharkiv NNP kharkiv 3 nsubj:pass",
                "is VBZ be 3 aux:pass", "threatened VBN threaten 0 root", "by IN by 7 case", "a DT a 7 det",
                "Russian JJ russian 7 amod", "attack NN attack 3 obl", ". . . 3 punct")
                .actor("Russian", "RUS").place("Kharkiv", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(plans(threatened)).isEmpty();

        Doc repel = Parsed.of("The aid is aimed at helping Ukraine repel Russian offensives.", "The DT the 2 det",
                "aid NN aid 4 nsubj:pass", "is VBZ be 4 aux:pass", "aimed VBN aim 0 root", "at IN at 6 mark",
                "helping VBG help 4 advcl", "Ukraine NNP ukraine 6 obj", "repel VB repel 6 xcomp",
                "Russian JJ russian 10 amod", "offensives NNS offensive 8 obj", ". . . 4 punct")
                .actor("Ukraine", "UKR").actor("Russian", "RUS").analyzed();
        assertThat(plans(repel)).isEmpty();
    }
}
