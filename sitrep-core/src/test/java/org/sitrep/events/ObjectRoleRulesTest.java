package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * Verbs the PLOVER manual types by what they act on: withdrawing observers or peacekeepers is SANCTION ("expel":
 * diplomats, peacekeepers, NGOs), not a retreat; forces kept on alert are MOBILIZE (CAMEO 151/152); calling off a
 * strike or protest is CONCEDE ("suspending protests", CAMEO 082); denying a permit or dismissing an appeal is REJECT;
 * killing one office-holder is ASSAULT "targeted" (CAMEO 186); returning boats or prisoners is RETREAT (CAMEO 084),
 * as is demobilizing forces (0873, the manual's "disarming"); reneging on a pledge is REJECT. By the rules alone;
 * hand parses of sentences written for these tests.
 */
class ObjectRoleRulesTest {
    private static Event only(Parsed parsed) {
        Doc doc = new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(parsed.doc());
        assertThat(doc.get(Layer.EVENTS)).hasSize(1);
        return doc.get(Layer.EVENTS).get(0);
    }

    @Test
    void withdrawingObserversIsASanctionNotARetreat() {
        Event e = only(Parsed.of("Finland withdrew its observers from Eritrea.", "Finland NNP finland 2 nsubj",
                        "withdrew VBD withdraw 0 root", "its PRP$ its 4 nmod:poss", "observers NNS observer 2 obj",
                        "from IN from 6 case", "Eritrea NNP eritrea 2 obl", ". . . 2 punct")
                .actor("Finland", "FIN").actor("Eritrea", "ERI"));
        assertThat(e.type()).isEqualTo(PloverType.SANCTION);
        assertThat(e.cameo()).isEqualTo("1662");
    }

    @Test
    void troopsOnAlertAreMobilized() {
        Event e = only(Parsed.of("Chilean troops stayed on alert near Peru.", "Chilean JJ chilean 2 amod",
                        "troops NNS troops 3 nsubj", "stayed VBD stay 0 root", "on IN on 5 case",
                        "alert NN alert 3 obl", "near IN near 7 case", "Peru NNP peru 3 obl", ". . . 3 punct")
                .actor("Chilean troops", "CHLMIL").actor("Peru", "PER"));
        assertThat(e.type()).isEqualTo(PloverType.MOBILIZE);
        assertThat(e.cameo()).isEqualTo("152");
    }

    @Test
    void callingOffAStrikeIsAConcession() {
        Doc doc = new EventExtractor(CameoLexicon.standard(), Optional.empty()).apply(Parsed.of(
                        "Chilean miners called off their two-day strike.", "Chilean JJ chilean 2 amod",
                        "miners NNS miner 3 nsubj", "called VBD call 0 root", "off RP off 3 compound:prt",
                        "their PRP$ their 7 nmod:poss", "two-day JJ two-day 7 amod", "strike NN strike 3 obj",
                        ". . . 3 punct")
                .actor("Chilean miners", "CHLLAB").doc());
        // the strike named stays an event of its own; the verb ending it is the concession
        Event e = doc.get(Layer.EVENTS).stream().filter(x -> x.trigger().equals("call")).findFirst().orElseThrow();
        assertThat(e.type()).isEqualTo(PloverType.CONCEDE);
        assertThat(e.cameo()).isEqualTo("082");
    }

    @Test
    void denyingAPermitAndDismissingAnAppealAreRejections() {
        Event denied = only(Parsed.of("Kenya denied permission for the rally.", "Kenya NNP kenya 2 nsubj",
                        "denied VBD deny 0 root", "permission NN permission 2 obj", "for IN for 6 case",
                        "the DT the 6 det", "rally NN rally 3 nmod", ". . . 2 punct")
                .actor("Kenya", "KEN"));
        assertThat(denied.type()).isEqualTo(PloverType.REJECT);
        Event dismissed = only(Parsed.of("Chad dismissed an appeal from Sudan.", "Chad NNP chad 2 nsubj",
                        "dismissed VBD dismiss 0 root", "an DT a 4 det", "appeal NN appeal 2 obj",
                        "from IN from 6 case", "Sudan NNP sudan 4 nmod", ". . . 2 punct")
                .actor("Chad", "TCD").actor("Sudan", "SDN"));
        assertThat(dismissed.type()).isEqualTo(PloverType.REJECT);
    }

    @Test
    void killingAnOfficeHolderIsATargetedKillingButKillingManyIsNot() {
        Event one = only(Parsed.of("Gunmen killed the mayor of Tikrit.", "Gunmen NNS gunman 2 nsubj",
                        "killed VBD kill 0 root", "the DT the 4 det", "mayor NN mayor 2 obj", "of IN of 6 case",
                        "Tikrit NNP tikrit 4 nmod", ". . . 2 punct")
                .actor("Tikrit", "IRQ"));
        assertThat(one.type()).isEqualTo(PloverType.ASSAULT);
        assertThat(one.cameo()).isEqualTo("186");
        Event many = only(Parsed.of("Jets killed nine Iraqi commanders.", "Jets NNS jet 2 nsubj",
                        "killed VBD kill 0 root", "nine CD nine 5 nummod", "Iraqi JJ iraqi 5 amod",
                        "commanders NNS commander 2 obj", ". . . 2 punct")
                .actor("Iraqi commanders", "IRQMIL"));
        assertThat(many.cameo()).isNotEqualTo("186");
    }

    @Test
    void returningBoatsIsARetreat() {
        Event e = only(Parsed.of("Peru returned the boats to Ecuador.", "Peru NNP peru 2 nsubj",
                        "returned VBD return 0 root", "the DT the 4 det", "boats NNS boat 2 obj", "to IN to 6 case",
                        "Ecuador NNP ecuador 2 obl", ". . . 2 punct")
                .actor("Peru", "PER").actor("Ecuador", "ECU"));
        assertThat(e.type()).isEqualTo(PloverType.RETREAT);
        assertThat(e.cameo()).isEqualTo("0842");
    }

    @Test
    void demobilizingForcesIsARetreat() {
        Event e = only(Parsed.of("Serbia demobilized two brigades.", "Serbia NNP serbia 2 nsubj",
                        "demobilized VBD demobilize 0 root", "two CD two 4 nummod", "brigades NNS brigade 2 obj",
                        ". . . 2 punct")
                .actor("Serbia", "SRB"));
        assertThat(e.type()).isEqualTo(PloverType.RETREAT);
        assertThat(e.cameo()).isEqualTo("0873");
    }

    @Test
    void renegingOnAPledgeIsARejection() {
        Event e = only(Parsed.of("Peru reneged on its pledge.", "Peru NNP peru 2 nsubj", "reneged VBD renege 0 root",
                        "on IN on 5 case", "its PRP$ its 5 nmod:poss", "pledge NN pledge 2 obl", ". . . 2 punct")
                .actor("Peru", "PER"));
        assertThat(e.type()).isEqualTo(PloverType.REJECT);
    }
}
