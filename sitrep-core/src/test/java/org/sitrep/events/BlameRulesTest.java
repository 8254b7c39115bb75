package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Polarity;

/**
 * Attacks one side accuses another of, or denies as its own, read as RESPONSIBILITY assertions (hand parses shaped
 * as CoreNLP parses such sentences): who is accused, who holds it, asserted or denied, where; and what is no blame
 * (a negated or open accusation, an act that is no use of force, a denial of what others only reported).
 */
class BlameRulesTest {
    private static List<Assertion> blames(Doc doc) {
        return doc.get(Layer.ASSERTIONS).stream().filter(a -> a.kind() == Kind.RESPONSIBILITY).toList();
    }

    @Test
    void anAccusationOfShellingIsTheAccusedSidesActHeldByTheAccuser() {
        Doc doc = Parsed.of("Ukraine accused Russia of shelling Kherson.", "Ukraine NNP ukraine 2 nsubj",
                "accused VBD accuse 0 root", "Russia NNP russia 2 obj", "of IN of 5 mark", "shelling VBG shell 2 advcl",
                "Kherson NNP kherson 5 obj", ". . . 2 punct")
                .actor("Ukraine", "UKRGOV").actor("Russia", "RUS").place("Kherson", FeatureKind.POPULATED_PLACE, "UA")
                .claim("accused", "accuse", "Ukraine", "UKRGOV", "Russia of shelling Kherson").analyzed();
        assertThat(blames(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.holder().code()).isEqualTo("UKRGOV");
            assertThat(a.place().place().name()).isEqualTo("Kherson");
            assertThat(a.trigger()).isEqualTo("shell");
        });
    }

    @Test
    void blameForAnAttackOnATownGivesOneResponsibilityPlacedThere() {
        Doc doc = Parsed.of("Kyiv blamed Moscow for the attack on Odesa.", "Kyiv NNP kyiv 2 nsubj",
                "blamed VBD blame 0 root", "Moscow NNP moscow 2 obj", "for IN for 6 case", "the DT the 6 det",
                "attack NN attack 2 obl", "on IN on 8 case", "Odesa NNP odesa 6 nmod", ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").actor("Moscow", "RUSGOV").place("Odesa", FeatureKind.POPULATED_PLACE, "UA")
                .analyzed();
        // the accusation event's own RESPONSIBILITY is not added beside the act's
        assertThat(blames(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.holder().code()).isEqualTo("UKRGOV");
            assertThat(a.place().place().name()).isEqualTo("Odesa");
        });
    }

    @Test
    void denyingShellingATargetIsTheDeniersOwnActDenied() {
        Doc doc = Parsed.of("Russia's Defence Ministry denied shelling the hospital.", "Russia NNP russia 3 nmod:poss",
                "'s POS 's 1 case", "Defence NNP defence 4 compound", "Ministry NNP ministry 5 nsubj",
                "denied VBD deny 0 root", "shelling VBG shell 5 xcomp", "the DT the 8 det", "hospital NN hospital 6 obj",
                ". . . 5 punct")
                .actor("Russia's Defence Ministry", "RUSMIL").analyzed();
        assertThat(blames(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.holder().code()).isEqualTo("RUSMIL");
            // no place: the target names what was hit
            assertThat(a.placeName()).isNotNull();
            assertThat(a.placeName().of("Russia's Defence Ministry denied shelling the hospital.")).isEqualTo("hospital");
        });
    }

    @Test
    void rejectingClaimsThatItHadShelledATownDeniesItsOwnAct() {
        Doc doc = Parsed.of("Moscow rejected claims that it had shelled Kherson.", "Moscow NNP moscow 2 nsubj",
                "rejected VBD reject 0 root", "claims NNS claim 2 obj", "that IN that 7 mark", "it PRP it 7 nsubj",
                "had VBD have 7 aux", "shelled VBN shell 3 acl", "Kherson NNP kherson 7 obj", ". . . 2 punct")
                .actor("Moscow", "RUSGOV").place("Kherson", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(blames(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.holder().code()).isEqualTo("RUSGOV");
        });
    }

    @Test
    void aSideSaidToBeBehindAnAttackIsAccusedOfIt() {
        String text = "Kyiv said Russia was behind the attack.";
        Doc doc = Parsed.of(text, "Kyiv NNP kyiv 2 nsubj", "said VBD say 0 root", "Russia NNP russia 7 nsubj",
                "was VBD be 7 cop", "behind IN behind 7 case", "the DT the 7 det", "attack NN attack 2 ccomp",
                ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").actor("Russia", "RUS")
                .claim("said", "assert", "Kyiv", "UKRGOV", "Russia was behind the attack").analyzed();
        assertThat(blames(doc)).singleElement().satisfies(a -> {
            assertThat(a.polarity()).isEqualTo(Polarity.POSITIVE);
            assertThat(a.actor().code()).isEqualTo("RUS");
            assertThat(a.holder().code()).isEqualTo("UKRGOV");
        });
    }

    @Test
    void whetherASideWasBehindAnAttackAccusesNoOne() {
        String text = "Officials asked whether Russia was behind the attack.";
        Doc doc = Parsed.of(text, "Officials NNS official 2 nsubj", "asked VBD ask 0 root", "whether IN whether 8 mark",
                "Russia NNP russia 8 nsubj", "was VBD be 8 cop", "behind IN behind 8 case", "the DT the 8 det",
                "attack NN attack 2 ccomp", ". . . 2 punct")
                .actor("Officials", "UKRGOV").actor("Russia", "RUS").analyzed();
        assertThat(blames(doc)).isEmpty();
    }

    @Test
    void aNegatedBlameAssertsNoResponsibility() {
        Doc doc = Parsed.of("Kyiv did not blame Russia for the strike.", "Kyiv NNP kyiv 4 nsubj", "did VBD do 4 aux",
                "not RB not 4 advmod", "blame VB blame 0 root", "Russia NNP russia 4 obj", "for IN for 8 case",
                "the DT the 8 det", "strike NN strike 4 obl", ". . . 4 punct")
                .actor("Kyiv", "UKRGOV").actor("Russia", "RUS").analyzed();
        assertThat(blames(doc)).noneMatch(a -> a.polarity() == Polarity.POSITIVE);
    }

    @Test
    void anAccusationOfWhatIsNoUseOfForceIsNoBlamedAttack() {
        Doc doc = Parsed.of("Kyiv accused Moscow of stealing grain.", "Kyiv NNP kyiv 2 nsubj", "accused VBD accuse 0 root",
                "Moscow NNP moscow 2 obj", "of IN of 5 mark", "stealing VBG steal 2 advcl", "grain NN grain 5 obj",
                ". . . 2 punct")
                .actor("Kyiv", "UKRGOV").actor("Moscow", "RUSGOV").analyzed();
        assertThat(blames(doc)).isEmpty();
    }

    @Test
    void aDenialOfAnotherSidesActIsNoneOfTheDeniers() {
        // the act's own subject is of the other side: not a denial of Russia's act
        Doc doc = Parsed.of("Russia denied that Ukrainian forces shelled Donetsk.", "Russia NNP russia 2 nsubj",
                "denied VBD deny 0 root", "that IN that 6 mark", "Ukrainian JJ ukrainian 5 amod",
                "forces NNS force 6 nsubj", "shelled VBD shell 2 ccomp", "Donetsk NNP donetsk 6 obj", ". . . 2 punct")
                .actor("Russia", "RUS").actor("Ukrainian forces", "UKRMIL")
                .place("Donetsk", FeatureKind.POPULATED_PLACE, "UA").analyzed();
        assertThat(blames(doc)).isEmpty();
    }

    @Test
    void denyingAnAttackThatOnlyWouldComeIsNoDeniedAct() {
        Doc doc = Parsed.of("Belarus denies that it would attack Lithuania.", "Belarus NNP belarus 2 nsubj",
                "denies VBZ deny 0 root", "that IN that 6 mark", "it PRP it 6 nsubj", "would MD would 6 aux",
                "attack VB attack 2 ccomp", "Lithuania NNP lithuania 6 obj", ". . . 2 punct")
                .actor("Belarus", "BLR").place("Lithuania", FeatureKind.COUNTRY, "LT").analyzed();
        assertThat(blames(doc)).isEmpty();
    }

    @Test
    void withholdingAStrikeCapabilityOrShruggingOffAttacksIsNoDenial() {
        // "strike" only names a kind of capability, which is withheld from Kyiv, not denied as an act
        Doc withheld = Parsed.of("Washington is denying Kyiv the strike capability it needs.",
                "Washington NNP washington 3 nsubj", "is VBZ be 3 aux", "denying VBG deny 0 root", "Kyiv NNP kyiv 3 iobj",
                "the DT the 7 det", "strike NN strike 7 compound", "capability NN capability 3 obj", "it PRP it 9 nsubj",
                "needs VBZ need 7 acl:relcl", ". . . 3 punct")
                .actor("Washington", "USAGOV").actor("Kyiv", "UKRGOV").analyzed();
        assertThat(blames(withheld)).isEmpty();
        // attacks dismissed as their object are shrugged off; only "deny" denies the act itself
        Doc dismissed = Parsed.of("The Kremlin dismissed the drone attacks on Belgorod.", "The DT the 2 det",
                "Kremlin NNP kremlin 3 nsubj", "dismissed VBD dismiss 0 root", "the DT the 6 det", "drone NN drone 6 compound",
                "attacks NNS attack 3 obj", "on IN on 8 case", "Belgorod NNP belgorod 6 nmod", ". . . 3 punct")
                .actor("Kremlin", "RUSGOV").place("Belgorod", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        assertThat(blames(dismissed)).isEmpty();
        Doc listed = Parsed.of("The Kremlin dismissed the protests and drone attacks on Belgorod.", "The DT the 2 det",
                "Kremlin NNP kremlin 3 nsubj", "dismissed VBD dismiss 0 root", "the DT the 5 det", "protests NNS protest 3 obj",
                "and CC and 8 cc", "drone NN drone 8 compound", "attacks NNS attack 5 conj", "on IN on 10 case",
                "Belgorod NNP belgorod 8 nmod", ". . . 3 punct")
                .actor("Kremlin", "RUSGOV").place("Belgorod", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        assertThat(blames(listed)).isEmpty();
        Doc denied = Parsed.of("The Kremlin denied the drone attacks on Belgorod.", "The DT the 2 det",
                "Kremlin NNP kremlin 3 nsubj", "denied VBD deny 0 root", "the DT the 6 det", "drone NN drone 6 compound",
                "attacks NNS attack 3 obj", "on IN on 8 case", "Belgorod NNP belgorod 6 nmod", ". . . 3 punct")
                .actor("Kremlin", "RUSGOV").place("Belgorod", FeatureKind.POPULATED_PLACE, "RU").analyzed();
        assertThat(blames(denied)).singleElement().satisfies(a -> assertThat(a.polarity()).isEqualTo(Polarity.NEGATIVE));
    }

    @Test
    void anAttackOnlyIntendedIsNoDeniedAct() {
        // the parser hangs "to launch" on "denied", beside "intends"
        Doc doc = Parsed.of("Minsk has denied it intends to mount a strike.", "Minsk NNP minsk 3 nsubj",
                "has VBZ have 3 aux", "denied VBN deny 0 root", "it PRP it 3 obj", "intends VBZ intend 3 obj",
                "to TO to 7 mark", "mount VB mount 3 advcl", "a DT a 9 det", "strike NN strike 7 obj", ". . . 3 punct")
                .actor("Minsk", "BLRGOV").analyzed();
        assertThat(blames(doc)).isEmpty();
    }
}
