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

    @Test
    void havingNoPlansToInvadeDeniesThePlan() {
        Doc doc = Parsed.of("Lavrov said Russia has no plans to invade Ukraine.", "Lavrov NNP lavrov 2 nsubj",
                "said VBD say 0 root", "Russia NNP russia 4 nsubj", "has VBZ have 2 ccomp", "no DT no 6 det",
                "plans NNS plan 4 obj", "to TO to 8 mark", "invade VB invade 6 acl", "Ukraine NNP ukraine 8 obj",
                ". . . 2 punct")
                .actor("Lavrov", "RUSGOV").actor("Russia", "RUS").actor("Ukraine", "UKR")
                .claim("said", "assert", "Lavrov", "RUSGOV", "Russia has no plans to invade Ukraine").analyzed();
        assertThat(plans(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
        });
    }

    @Test
    void aQuestionOrAConditionAboutAPlanStatesNone() {
        Doc whether = Parsed.of("Whether Russia plans to invade is unclear.", "Whether IN whether 3 mark",
                "Russia NNP russia 3 nsubj", "plans VBZ plan 7 csubj", "to TO to 5 mark", "invade VB invade 3 xcomp",
                "is VBZ be 7 cop", "unclear JJ unclear 0 root", ". . . 7 punct")
                .actor("Russia", "RUS").analyzed();
        assertThat(plans(whether)).isEmpty();

        Doc condition = Parsed.of("If Russia decides to invade, sanctions will follow.", "If IN if 3 mark",
                "Russia NNP russia 3 nsubj", "decides VBZ decide 9 advcl", "to TO to 5 mark", "invade VB invade 3 xcomp",
                ", , , 9 punct", "sanctions NNS sanction 9 nsubj", "will MD will 9 aux", "follow VB follow 0 root",
                ". . . 9 punct")
                .actor("Russia", "RUS").analyzed();
        assertThat(plans(condition)).isEmpty();

        Doc guess = Parsed.of("Russia may be preparing an offensive.", "Russia NNP russia 4 nsubj", "may MD may 4 aux",
                "be VB be 4 aux", "preparing VBG prepare 0 root", "an DT a 6 det", "offensive NN offensive 4 obj",
                ". . . 4 punct")
                .actor("Russia", "RUS").analyzed();
        assertThat(plans(guess)).isEmpty();
    }

    @Test
    void aPlanInsideReportsSomeoneDeniesIsNeitherSidesStatement() {
        Doc doc = Parsed.of("He denied reports that Putin had decided to attack.", "He PRP he 2 nsubj",
                "denied VBD deny 0 root", "reports NNS report 2 obj", "that IN that 7 mark", "Putin NNP putin 7 nsubj",
                "had VBD have 7 aux", "decided VBN decide 3 acl", "to TO to 9 mark", "attack VB attack 7 xcomp",
                ". . . 2 punct")
                .actor("Putin", "RUSGOV").analyzed();
        assertThat(plans(doc)).isEmpty();
    }

    @Test
    void aDenialAskedForIsNoDenial() {
        Doc doc = Parsed.of("Blinken called on Russia to deny that it would attack Ukraine.", "Blinken NNP blinken 2 nsubj",
                "called VBD call 0 root", "on IN on 4 case", "Russia NNP russia 2 obl", "to TO to 6 mark",
                "deny VB deny 2 xcomp", "that IN that 10 mark", "it PRP it 10 nsubj", "would MD would 10 aux",
                "attack VB attack 6 ccomp", "Ukraine NNP ukraine 10 obj", ". . . 2 punct")
                .actor("Blinken", "USAGOV").actor("Russia", "RUS").actor("Ukraine", "UKR")
                .claim("called", "demand", "Blinken", "USAGOV", "on Russia to deny that it would attack Ukraine")
                .analyzed();
        assertThat(plans(doc)).isEmpty();
    }

    @Test
    void aDenialRetoldByAnotherIsTheDeniersNotTheTellers() {
        String text = "Truss said Lavrov told her Russia had no plans to invade Ukraine.";
        String[] rows = {"Truss NNP truss 2 nsubj", "said VBD say 0 root", "Lavrov NNP lavrov 4 nsubj",
                "told VBD tell 2 ccomp", "her PRP she 4 obj", "Russia NNP russia 7 nsubj", "had VBD have 4 ccomp",
                "no DT no 9 det", "plans NNS plan 7 obj", "to TO to 11 mark", "invade VB invade 7 ccomp",
                "Ukraine NNP ukraine 11 obj", ". . . 2 punct"};
        Doc both = Parsed.of(text, rows).actor("Truss", "GBRGOV").actor("Lavrov", "RUSGOV").actor("Russia", "RUS")
                .actor("Ukraine", "UKR")
                .claim("said", "assert", "Truss", "GBRGOV", "Lavrov told her Russia had no plans to invade Ukraine")
                .claim("told", "assert", "Lavrov", "RUSGOV", "Russia had no plans to invade Ukraine")
                .analyzed();
        assertThat(plans(both)).extracting(a -> a.holder().code() + " " + a.polarity() + " " + a.actor().code())
                .containsExactly("RUSGOV NEGATIVE RUS");
        // with Lavrov's words not found as a claim, the plan would be Truss's: it is left out
        Doc outer = Parsed.of(text, rows).actor("Truss", "GBRGOV").actor("Lavrov", "RUSGOV").actor("Russia", "RUS")
                .actor("Ukraine", "UKR")
                .claim("said", "assert", "Truss", "GBRGOV", "Lavrov told her Russia had no plans to invade Ukraine")
                .analyzed();
        assertThat(outer.get(Layer.EVENTS)).extracting(e -> e.trigger()).contains("invade");
        assertThat(plans(outer)).isEmpty();
    }
}
