package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;

/**
 * A light verb ("hold", "give", "provide", "issue") carries no event of its own: the event is the noun after it, as
 * the CAMEO dictionary's patterns name it ("held talks" is a negotiation, "gave aid" aid), and with a noun no pattern
 * names there is none ("issued a declaration" is no cooperation). Hand parses of sentences written for these tests.
 */
class LightVerbRulesTest {
    @Test
    void heldTalksIsAConsultation() {
        Doc doc = Parsed.of("Polish diplomats held talks with Moldovan officials.", "Polish JJ polish 2 amod",
                        "diplomats NNS diplomat 3 nsubj", "held VBD hold 0 root", "talks NNS talk 3 obj",
                        "with IN with 7 case", "Moldovan JJ moldovan 7 amod", "officials NNS official 3 obl",
                        ". . . 3 punct")
                .actor("Polish diplomats", "POLGOV").actor("Moldovan officials", "MDAGOV").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.CONSULT);
    }

    @Test
    void gaveAidIsAid() {
        Doc doc = Parsed.of("Norway gave Chad two million dollars of aid.", "Norway NNP norway 2 nsubj",
                        "gave VBD give 0 root", "Chad NNP chad 2 iobj", "two CD two 5 compound",
                        "million CD million 6 nummod", "dollars NNS dollar 2 obj", "of IN of 8 case",
                        "aid NN aid 6 nmod", ". . . 2 punct")
                .actor("Norway", "NOR").actor("Chad", "TCD").analyzed();
        assertThat(doc.get(Layer.EVENTS)).extracting(Event::type).containsExactly(PloverType.AID);
    }

    @Test
    void issuingADeclarationIsNoCooperation() {
        Doc doc = Parsed.of("Latvia issued a declaration on Belarus.", "Latvia NNP latvia 2 nsubj",
                        "issued VBD issue 0 root", "a DT a 4 det", "declaration NN declaration 2 obj",
                        "on IN on 6 case", "Belarus NNP belarus 4 nmod", ". . . 2 punct")
                .actor("Latvia", "LVA").actor("Belarus", "BLR").analyzed();
        assertThat(doc.get(Layer.EVENTS)).isEmpty();
    }
}
