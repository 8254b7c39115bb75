package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.PloverType;

class PloverCodingTest {
    private static Parse parse(Parsed p) {
        return new Parse(p.doc());
    }

    @Test
    void anIntentToCooperateIsAgree() {
        Parse p = parse(Parsed.of("Turkey will allow refugees to return.", "Turkey NNP turkey 3 nsubj",
                "will MD will 3 aux", "allow VB allow 0 root", "refugees NNS refugee 3 obj", "to TO to 6 mark",
                "return VB return 3 xcomp", ". . . 3 punct"));
        assertThat(PloverCoding.stance(p, 2)).isEqualTo(PloverCoding.Stance.INTENDED);
        assertThat(PloverCoding.code(PloverType.CONCEDE, PloverCoding.stance(p, 2))).isEqualTo(PloverType.AGREE);
    }

    @Test
    void anAgreementOrPromiseCarryingTheEventIsAgreeEvenWhenTheDictionaryCodesItSupport() {
        Parse agreed = parse(Parsed.of("Chile and Peru agreed on a trade pact.", "Chile NNP chile 4 nsubj",
                "and CC and 3 cc", "Peru NNP peru 1 conj", "agreed VBD agree 0 root", "on IN on 8 case",
                "a DT a 8 det", "trade NN trade 8 compound", "pact NN pact 4 obl", ". . . 4 punct"));
        assertThat(PloverCoding.stance(agreed, 3)).isEqualTo(PloverCoding.Stance.INTENDED);
        assertThat(PloverCoding.code(PloverType.SUPPORT, PloverCoding.stance(agreed, 3))).isEqualTo(PloverType.AGREE);
        Parse refused = parse(Parsed.of("Chile would not agree to talks.", "Chile NNP chile 4 nsubj",
                "would MD would 4 aux", "not RB not 4 advmod", "agree VB agree 0 root", "to IN to 6 case",
                "talks NNS talk 4 obl", ". . . 4 punct"));
        assertThat(PloverCoding.code(PloverType.SUPPORT, PloverCoding.stance(refused, 3))).isEqualTo(PloverType.REJECT);
        Parse signed = parse(Parsed.of("Chile signed an agreement.", "Chile NNP chile 2 nsubj", "signed VBD sign 0 root",
                "an DT a 4 det", "agreement NN agreement 2 obj", ". . . 2 punct"));
        assertThat(PloverCoding.stance(signed, 1)).isEqualTo(PloverCoding.Stance.DONE);
        assertThat(PloverCoding.stance(signed, 3)).isEqualTo(PloverCoding.Stance.DONE);
    }

    @Test
    void anIntentIsTypedByTheEventItGoverns() {
        Parse p = parse(Parsed.of("Greece plans to impose restrictions.", "Greece NNP greece 2 nsubj",
                "plans VBZ plan 0 root", "to TO to 4 mark", "impose VB impose 2 xcomp",
                "restrictions NNS restriction 4 obj", ". . . 2 punct"));
        assertThat(PloverCoding.intended(p, 1, java.util.List.of(1, 3))).isEqualTo(3);
        assertThat(PloverCoding.code(PloverType.COERCE, PloverCoding.stance(p, 3))).isEqualTo(PloverType.THREATEN);
        // no event in the complement, or a verb that is no intent: the event stays
        assertThat(PloverCoding.intended(p, 1, java.util.List.of(1))).isEqualTo(1);
        Parse tried = parse(Parsed.of("Greece tried to impose restrictions.", "Greece NNP greece 2 nsubj",
                "tried VBD try 0 root", "to TO to 4 mark", "impose VB impose 2 xcomp",
                "restrictions NNS restriction 4 obj", ". . . 2 punct"));
        assertThat(PloverCoding.intended(tried, 1, java.util.List.of(1, 3))).isEqualTo(1);
    }

    @Test
    void anIntentToHarmIsThreaten() {
        Parse p = parse(Parsed.of("Leaders said they would boycott talks.", "Leaders NNS leader 2 nsubj",
                "said VBD say 0 root", "they PRP they 5 nsubj", "would MD would 5 aux", "boycott VB boycott 2 ccomp",
                "talks NNS talk 5 obj", ". . . 2 punct"));
        assertThat(PloverCoding.code(PloverType.PROTEST, PloverCoding.stance(p, 4))).isEqualTo(PloverType.THREATEN);
    }

    @Test
    void mustIsDemandAndRefusingIsReject() {
        Parse must = parse(Parsed.of("Sudan must return the helicopter.", "Sudan NNP sudan 3 nsubj",
                "must MD must 3 aux", "return VB return 0 root", "the DT the 5 det", "helicopter NN helicopter 3 obj",
                ". . . 3 punct"));
        assertThat(PloverCoding.code(PloverType.RETREAT, PloverCoding.stance(must, 2))).isEqualTo(PloverType.DEMAND);
        Parse refused = parse(Parsed.of("Pakistan refused to deploy peacekeepers.", "Pakistan NNP pakistan 2 nsubj",
                "refused VBD refuse 0 root", "to TO to 4 mark", "deploy VB deploy 2 xcomp",
                "peacekeepers NNS peacekeeper 4 obj", ". . . 2 punct"));
        assertThat(PloverCoding.code(PloverType.MOBILIZE, PloverCoding.stance(refused, 3))).isEqualTo(PloverType.REJECT);
    }

    @Test
    void aDoneEventKeepsItsTypeAndBombsMakeFightAssault() {
        Parse p = parse(Parsed.of("A suicide bomber killed 23 people.", "A DT a 3 det", "suicide NN suicide 3 compound",
                "bomber NN bomber 4 nsubj", "killed VBD kill 0 root", "23 CD 23 6 nummod", "people NNS people 4 obj",
                ". . . 4 punct"));
        assertThat(PloverCoding.stance(p, 3)).isEqualTo(PloverCoding.Stance.DONE);
        assertThat(PloverCoding.code(PloverType.FIGHT, PloverCoding.Stance.DONE)).isEqualTo(PloverType.FIGHT);
        assertThat(PloverCoding.violence(p, 3, PloverType.FIGHT)).isEqualTo(PloverType.ASSAULT);
        Parse troops = parse(Parsed.of("Troops shelled the town.", "Troops NNS troop 2 nsubj", "shelled VBD shell 0 root",
                "the DT the 4 det", "town NN town 2 obj", ". . . 2 punct"));
        assertThat(PloverCoding.violence(troops, 1, PloverType.FIGHT)).isEqualTo(PloverType.FIGHT);
    }
}
