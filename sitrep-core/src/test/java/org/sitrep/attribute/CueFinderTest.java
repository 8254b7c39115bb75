package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.testkit.HandParsed;
import org.sitrep.model.CueClass;

class CueFinderTest {
    @Test
    void aReportingVerbIsACueWithItsClass() {
        List<Cue> cues = CueFinder.find(ClaimFixtures.graphs(ClaimFixtures.saidOnTuesday()).get(0));
        assertThat(cues).extracting(Cue::lemma, Cue::cueClass).containsExactly(org.assertj.core.groups.Tuple.tuple("say", CueClass.ASSERT));
        assertThat(cues.get(0).first()).isEqualTo(4);
    }

    @Test
    void aDenialIsADenyCue() {
        List<Cue> cues = CueFinder.find(ClaimFixtures.graphs(ClaimFixtures.denialThenPronoun()).get(0));
        assertThat(cues).extracting(Cue::cueClass).containsExactly(CueClass.DENY);
    }

    @Test
    void accordingToIsATwoTokenCue() {
        Cue cue = CueFinder.find(ClaimFixtures.graphs(ClaimFixtures.accordingTo()).get(0)).get(0);
        assertThat(cue.isAccordingTo()).isTrue();
        assertThat(cue.last() - cue.first()).isEqualTo(1);
    }

    @Test
    void callOnIsAPhrasalDemand() {
        Doc doc = HandParsed.text("The EU called on Moscow to stop.")
                .sentence("The DT 2 det", "EU NNP 3 nsubj", "called/call VBD 0 root", "on IN 3 compound:prt",
                        "Moscow NNP 3 obj", "to TO 7 mark", "stop VB 3 xcomp", ". . 3 punct")
                .build();
        Cue cue = CueFinder.find(SentenceGraph.of(doc).get(0)).get(0);
        assertThat(cue.lemma()).isEqualTo("call on");
        assertThat(cue.cueClass()).isEqualTo(CueClass.DEMAND);
    }

    @Test
    void aVerbWithAParticleOutsideTheLexiconIsNoCue() {
        Doc doc = HandParsed.text("The numbers add up.")
                .sentence("The DT 2 det", "numbers/number NNS 3 nsubj", "add VBP 0 root", "up RP 3 compound:prt",
                        ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(doc).get(0))).isEmpty();
    }

    @Test
    void aLearnedCueIsReadWithTheLexicon() {
        Doc doc = HandParsed.text("The EU is calling on Moscow to stop.")
                .sentence("The DT 2 det", "EU NNP 4 nsubj", "is/be VBZ 4 aux", "calling/call VBG 0 root",
                        "on IN 4 compound:prt", "Moscow NNP 4 obj", "to TO 8 mark", "stop VB 4 xcomp", ". . 4 punct")
                .build();
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        Cue cue = CueFinder.readLearned(g, new int[] {2, 4}).orElseThrow();
        assertThat(cue.cueClass()).isEqualTo(CueClass.DEMAND);
        assertThat(cue.head()).isEqualTo(3);
        assertThat(CueFinder.readLearned(g, new int[] {5, 5})).isEmpty(); // "Moscow" is no cue
    }

    @Test
    void aNegatedReportingVerbIsNoCue() {
        Doc doc = HandParsed.text("His office did not say which leaders had called.")
                .sentence("His PRP$ 2 nmod:poss", "office NN 5 nsubj", "did/do VBD 5 aux", "not RB 5 advmod",
                        "say VB 0 root", "which WDT 7 det", "leaders/leader NNS 9 nsubj", "had/have VBD 9 aux",
                        "called/call VBN 5 ccomp", ". . 5 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(doc).get(0))).isEmpty();
        Doc still = HandParsed.text("China has still not condemned the attack.")
                .sentence("China NNP 5 nsubj", "has/have VBZ 5 aux", "still RB 5 advmod", "not RB 5 advmod",
                        "condemned/condemn VBN 0 root", "the DT 7 det", "attack NN 5 obj", ". . 5 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(still).get(0))).isEmpty();
    }

    @Test
    void aLearnedCueWithANegationIsNegated() {
        Doc doc = HandParsed.text("Kyiv has not commented on the loss.")
                .sentence("Kyiv NNP 4 nsubj", "has/have VBZ 4 aux", "not RB 4 advmod", "commented/comment VBN 0 root",
                        "on IN 7 case", "the DT 7 det", "loss NN 4 obl", ". . 4 punct")
                .build();
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        assertThat(CueFinder.negatedAt(g, g.span(1, 4))).isTrue();   // "has not commented on"
        assertThat(CueFinder.negatedAt(g, g.span(6, 6))).isFalse();  // "loss"
    }

    @Test
    void namingAndRespondingWithoutWordsAreNoCues() {
        Doc naming = HandParsed.text("The US calls China its main rival.")
                .sentence("The DT 2 det", "US NNP 3 nsubj", "calls/call VBZ 0 root", "China NNP 3 obj", "its PRP$ 7 nmod:poss",
                        "main JJ 7 amod", "rival NN 3 xcomp", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(naming).get(0))).isEmpty();
        Doc asking = HandParsed.text("The mayor called residents to leave the city.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "called/call VBD 0 root", "residents/resident NNS 3 obj",
                        "to TO 6 mark", "leave VB 3 xcomp", "the DT 8 det", "city NN 6 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(asking).get(0))).extracting(Cue::cueClass)
                .containsExactly(CueClass.DEMAND);
        Doc named = HandParsed.text("the war that Moscow calls an operation to protect people")
                .sentence("the DT 2 det", "war NN 0 root", "that WDT 5 obj", "Moscow NNP 5 nsubj", "calls/call VBZ 2 acl:relcl",
                        "an DT 7 det", "operation NN 5 obj", "to TO 9 mark", "protect VB 5 xcomp", "people NNS 9 obj")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(named).get(0))).isEmpty();
        Doc quotedName = HandParsed.text("The agency calls it the \u201Cvanguard of empire\u201D.")
                .sentence("The DT 2 det", "agency NN 3 nsubj", "calls/call VBZ 0 root", "it PRP 3 obj", "the DT 7 det",
                        "\u201C `` 7 punct", "vanguard NN 3 xcomp", "of IN 9 case", "empire NN 7 nmod", "\u201D '' 7 punct",
                        ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(quotedName).get(0))).extracting(Cue::cueClass)
                .containsExactly(CueClass.ASSERT);
        Doc scorn = HandParsed.text("The Kremlin responded with scorn.")
                .sentence("The DT 2 det", "Kremlin NNP 3 nsubj", "responded/respond VBD 0 root", "with IN 5 case",
                        "scorn NN 3 obl", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(scorn).get(0))).isEmpty();
        Doc words = HandParsed.text("The Kremlin responded that talks were over.")
                .sentence("The DT 2 det", "Kremlin NNP 3 nsubj", "responded/respond VBD 0 root", "that IN 7 mark",
                        "talks/talk NNS 7 nsubj", "were/be VBD 7 cop", "over RB 3 ccomp", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(words).get(0))).extracting(Cue::lemma).containsExactly("respond");
    }
    @Test
    void addOrMaintainWithANounObjectReportsNothingButWithAClauseIsACue() {
        Doc noun = HandParsed.text("Editors added content to the page.")
                .sentence("Editors/editor NNS 2 nsubj", "added/add VBD 0 root", "content NN 2 obj", "to IN 6 case",
                        "the DT 6 det", "page NN 2 obl", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(noun).get(0))).isEmpty();
        Doc clause = HandParsed.text("He added that talks failed.")
                .sentence("He/he PRP 2 nsubj", "added/add VBD 0 root", "that IN 5 mark", "talks NNS 5 nsubj",
                        "failed/fail VBD 2 ccomp", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(clause).get(0))).extracting(Cue::lemma).containsExactly("add");
    }

    @Test
    void aFrontedAskedPutsTheQuestionToTheSpeakerAndIsNoCue() {
        Doc doc = HandParsed.text("Asked about the talks, Reed said they failed.")
                .sentence("Asked/ask VBN 7 advcl", "about IN 4 case", "the DT 4 det", "talks NNS 1 obl", ", , 7 punct",
                        "Reed NNP 7 nsubj", "said/say VBD 0 root", "they PRP 9 nsubj", "failed/fail VBD 7 ccomp",
                        ". . 7 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(doc).get(0))).extracting(Cue::lemma).containsExactly("say");
    }

    @Test
    void aSpeechActDeclinedRefusedOrFailedIsNoCue() {
        Doc declined = HandParsed.text("Officials in Rome declined to confirm the meeting.")
                .sentence("Officials/official NNS 4 nsubj", "in IN 3 case", "Rome NNP 1 nmod", "declined/decline VBD 0 root",
                        "to TO 6 mark", "confirm VB 4 xcomp", "the DT 8 det", "meeting NN 6 obj", ". . 4 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(declined).get(0))).isEmpty();
        Doc refused = HandParsed.text("Brazil refused to condemn the strike.")
                .sentence("Brazil NNP 2 nsubj", "refused/refuse VBD 0 root", "to TO 4 mark", "condemn VB 2 xcomp",
                        "the DT 6 det", "strike NN 4 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(refused).get(0))).isEmpty();
    }

    @Test
    void aSpeechActOnlyWantedPossibleOrIntendedIsNoCue() {
        Doc wanted = HandParsed.text("Brazil wanted to condemn the strike.") // a wish, no condemnation made
                .sentence("Brazil NNP 2 nsubj", "wanted/want VBD 0 root", "to TO 4 mark", "condemn VB 2 xcomp",
                        "the DT 6 det", "strike NN 4 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(wanted).get(0))).isEmpty();
        Doc underNoun = HandParsed.text("Their bid to condemn the raid failed.")
                .sentence("Their PRP$ 2 nmod:poss", "bid NN 7 nsubj", "to TO 4 mark", "condemn VB 2 acl", "the DT 6 det",
                        "raid NN 4 obj", "failed/fail VBD 0 root", ". . 7 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(underNoun).get(0))).isEmpty();
        Doc underAdjective = HandParsed.text("It is hard to say who fired first.")
                .sentence("It PRP 3 expl", "is/be VBZ 3 cop", "hard JJ 0 root", "to TO 5 mark", "say VB 3 csubj",
                        "who WP 7 nsubj", "fired/fire VBD 5 ccomp", "first RB 7 advmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(underAdjective).get(0))).isEmpty();
        Doc purpose = HandParsed.text("The envoy toured the camps to highlight the shortages.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "toured/tour VBD 0 root", "the DT 5 det", "camps/camp NNS 3 obj",
                        "to TO 7 mark", "highlight VB 3 advcl", "the DT 9 det", "shortages/shortage NNS 7 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(purpose).get(0))).isEmpty();
        Doc planned = HandParsed.text("The envoy is to say that talks had failed.")
                .sentence("The DT 2 det", "envoy NN 5 nsubj", "is/be VBZ 5 aux", "to TO 5 mark", "say VB 0 root",
                        "that IN 9 mark", "talks/talk NNS 9 nsubj", "had/have VBD 9 aux", "failed/fail VBN 5 ccomp",
                        ". . 5 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(planned).get(0))).isEmpty();
    }

    @Test
    void anEventAsTheSubjectShowsButSaysNothing() {
        Doc clashes = HandParsed.text("The clashes highlighted a deep rift in the city.")
                .sentence("The DT 2 det", "clashes/clash NNS 3 nsubj", "highlighted/highlight VBD 0 root", "a DT 6 det",
                        "deep JJ 6 amod", "rift NN 3 obj", "in IN 9 case", "the DT 9 det", "city NN 6 nmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(clashes).get(0))).isEmpty();
        Doc spreading = HandParsed.text("The war threatens to spread south.")
                .sentence("The DT 2 det", "war NN 3 nsubj", "threatens/threaten VBZ 0 root", "to TO 5 mark", "spread VB 3 xcomp",
                        "south RB 5 advmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(spreading).get(0))).isEmpty();
        Doc mayor = HandParsed.text("The mayor highlighted a deep rift in the city.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "highlighted/highlight VBD 0 root", "a DT 6 det",
                        "deep JJ 6 amod", "rift NN 3 obj", "in IN 9 case", "the DT 9 det", "city NN 6 nmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(mayor).get(0))).extracting(Cue::lemma).containsExactly("highlight");
    }

    @Test
    void threateningAPartyIsADangerButThreateningAnActIsAThreat() {
        Doc party = HandParsed.text("Moscow now threatens Georgia too.")
                .sentence("Moscow NNP 3 nsubj", "now RB 3 advmod", "threatens/threaten VBZ 0 root", "Georgia NNP 3 obj",
                        "too RB 3 advmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(party).get(0))).isEmpty();
        Doc possession = HandParsed.text("The cartel threatened its rivals' trade.")
                .sentence("The DT 2 det", "cartel NN 3 nsubj", "threatened/threaten VBD 0 root", "its PRP$ 5 nmod:poss",
                        "rivals/rival NNS 7 nmod:poss", "' POS 5 case", "trade NN 3 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(possession).get(0))).isEmpty();
        Doc withAct = HandParsed.text("Moscow threatened the region with sanctions.")
                .sentence("Moscow NNP 2 nsubj", "threatened/threaten VBD 0 root", "the DT 4 det", "region NN 2 obj",
                        "with IN 6 case", "sanctions/sanction NNS 2 obl", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(withAct).get(0))).extracting(Cue::lemma).containsExactly("threaten");
        Doc act = HandParsed.text("The cartel threatened fresh strikes.")
                .sentence("The DT 2 det", "cartel NN 3 nsubj", "threatened/threaten VBD 0 root", "fresh JJ 5 amod",
                        "strikes/strike NNS 3 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(act).get(0))).extracting(Cue::lemma).containsExactly("threaten");
    }

    @Test
    void aSpeechActUnderAnImplicativeVerbOrTheReportativeWasToIsACue() {
        Doc wentOn = HandParsed.text("The minister went on to say the talks had failed.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "went/go VBD 0 root", "on RP 3 compound:prt", "to TO 6 mark",
                        "say VB 3 xcomp", "the DT 8 det", "talks/talk NNS 10 nsubj", "had/have VBD 10 aux",
                        "failed/fail VBN 6 ccomp", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(wentOn).get(0))).extracting(Cue::lemma).containsExactly("say");
        Doc reportative = HandParsed.text("The envoy was to say that talks had failed.") // translated "miał powiedzieć"
                .sentence("The DT 2 det", "envoy NN 5 nsubj", "was/be VBD 5 aux", "to TO 5 mark", "say VB 0 root",
                        "that IN 9 mark", "talks/talk NNS 9 nsubj", "had/have VBD 9 aux", "failed/fail VBN 5 ccomp",
                        ". . 5 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(reportative).get(0))).extracting(Cue::lemma).containsExactly("say");
        Doc result = HandParsed.text("The army denied the losses, only to confirm them days later.")
                .sentence("The DT 2 det", "army NN 3 nsubj", "denied/deny VBD 0 root", "the DT 5 det", "losses/loss NNS 3 obj",
                        ", , 9 punct", "only RB 9 advmod", "to TO 9 mark", "confirm VB 3 advcl", "them PRP 9 obj",
                        "days/day NNS 12 obl:npmod", "later RB 9 advmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(result).get(0))).extracting(Cue::lemma).containsExactly("deny", "confirm");
    }

    @Test
    void aMissileSlammingIntoABuildingIsNoRebuke() {
        Doc blow = HandParsed.text("A drone slammed into the depot.")
                .sentence("A DT 2 det", "drone NN 3 nsubj", "slammed/slam VBD 0 root", "into IN 6 case", "the DT 6 det",
                        "depot NN 3 obl", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(blow).get(0))).isEmpty();
        Doc rebuke = HandParsed.text("The senator slammed the decision.")
                .sentence("The DT 2 det", "senator NN 3 nsubj", "slammed/slam VBD 0 root", "the DT 5 det",
                        "decision NN 3 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(rebuke).get(0))).extracting(Cue::lemma).containsExactly("slam");
    }

    @Test
    void approvingABillIsAVoteNotAClaim() {
        Doc bill = HandParsed.text("The Senate approved the spending bill on Monday.")
                .sentence("The DT 2 det", "Senate NNP 3 nsubj", "approved/approve VBD 0 root", "the DT 6 det",
                        "spending NN 6 compound", "bill NN 3 obj", "on IN 8 case", "Monday NNP 3 obl", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(bill).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(bill).get(0), new int[] {2, 2})).isEmpty(); // the tagger's too
        Doc passive = HandParsed.text("The loan authorized by the board is large.")
                .sentence("The DT 2 det", "loan NN 8 nsubj", "authorized/authorize VBN 2 acl", "by IN 6 case",
                        "the DT 6 det", "board NN 3 obl", "is/be VBZ 8 cop", "large JJ 0 root", ". . 8 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(passive).get(0))).isEmpty();
        Doc clause = HandParsed.text("The council approved sending two brigades.")
                .sentence("The DT 2 det", "council NN 3 nsubj", "approved/approve VBD 0 root", "sending/send VBG 3 xcomp",
                        "two CD 6 nummod", "brigades/brigade NNS 4 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(clause).get(0))).extracting(Cue::lemma).containsExactly("approve");
        assertThat(CueFinder.readLearned(SentenceGraph.of(clause).get(0), new int[] {2, 2})).isPresent();
    }

    @Test
    void aSpeechActUnderCouldOrWillIsNotMadeButUnderMayItIs() {
        Doc could = HandParsed.text("They could say the West forbids it.")
                .sentence("They PRP 3 nsubj", "could MD 3 aux", "say VB 0 root", "the DT 5 det", "West NNP 6 nsubj",
                        "forbids/forbid VBZ 3 ccomp", "it PRP 6 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(could).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(could).get(0), new int[] {1, 2})).isEmpty();
        Doc may = HandParsed.text("China may insist it is neutral.")
                .sentence("China NNP 3 nsubj", "may MD 3 aux", "insist VB 0 root", "it PRP 6 nsubj", "is/be VBZ 6 cop",
                        "neutral JJ 3 ccomp", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(may).get(0))).extracting(Cue::lemma).containsExactly("insist");
    }

    @Test
    void expressingHopeOrSupportIsACueAndExpressingGoodsIsNot() {
        Doc hope = HandParsed.text("The envoy expressed the hope that talks resume.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "expressed/express VBD 0 root", "the DT 5 det", "hope NN 3 obj",
                        "that IN 8 mark", "talks/talk NNS 8 nsubj", "resume VBP 5 acl", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(hope).get(0))).extracting(Cue::lemma, Cue::cueClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("express hope", org.sitrep.model.CueClass.ASSERT));
        Doc support = HandParsed.text("The leaders expressed support for the bid.")
                .sentence("The DT 2 det", "leaders/leader NNS 3 nsubj", "expressed/express VBD 0 root", "support NN 3 obj",
                        "for IN 7 case", "the DT 7 det", "bid NN 4 nmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(support).get(0))).extracting(Cue::cueClass)
                .containsExactly(org.sitrep.model.CueClass.PRAISE);
        Doc mail = HandParsed.text("The firm expressed the parcels.")
                .sentence("The DT 2 det", "firm NN 3 nsubj", "expressed/express VBD 0 root", "the DT 5 det",
                        "parcels/parcel NNS 3 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(mail).get(0))).isEmpty();
    }

    @Test
    void aSpeechActOnlyAimedAtIsNotMade() {
        Doc wouldLike = HandParsed.text("Many would like to say the crisis is over.")
                .sentence("Many JJ 3 nsubj", "would MD 3 aux", "like VB 0 root", "to TO 5 mark", "say VB 3 xcomp",
                        "the DT 7 det", "crisis NN 9 nsubj", "is/be VBZ 9 cop", "over RB 5 ccomp", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(wouldLike).get(0))).isEmpty();
        Doc going = HandParsed.text("The general is going to do everything possible to claim a win.")
                .sentence("The DT 2 det", "general NN 4 nsubj", "is/be VBZ 4 aux", "going/go VBG 0 root", "to TO 6 mark",
                        "do VB 4 xcomp", "everything NN 6 obj", "possible JJ 7 amod", "to TO 10 mark", "claim VB 6 xcomp",
                        "a DT 12 det", "win NN 10 obj", ". . 4 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(going).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(going).get(0), new int[] {9, 9})).isEmpty();
        Doc tried = HandParsed.text("Officials tried to deny the leak.")
                .sentence("Officials/official NNS 2 nsubj", "tried/try VBD 0 root", "to TO 4 mark", "deny VB 2 xcomp",
                        "the DT 6 det", "leak NN 4 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(tried).get(0))).isEmpty();
        Doc continued = HandParsed.text("Officials continued to deny the leak.") // said, again
                .sentence("Officials/official NNS 2 nsubj", "continued/continue VBD 0 root", "to TO 4 mark",
                        "deny VB 2 xcomp", "the DT 6 det", "leak NN 4 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(continued).get(0))).extracting(Cue::lemma).containsExactly("deny");
    }

    @Test
    void aChoiceToActIsNoCueButARulingOrAReasonedDecisionIs() {
        Doc act = HandParsed.text("The ministry decided to close the border.")
                .sentence("The DT 2 det", "ministry NN 3 nsubj", "decided/decide VBD 0 root", "to TO 5 mark", "close VB 3 xcomp",
                        "the DT 7 det", "border NN 5 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(act).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(act).get(0), new int[] {2, 2})).isEmpty();
        Doc reasoned = HandParsed.text("The ministry decided to close the border, citing risks.")
                .sentence("The DT 2 det", "ministry NN 3 nsubj", "decided/decide VBD 0 root", "to TO 5 mark", "close VB 3 xcomp",
                        "the DT 7 det", "border NN 5 obj", ", , 9 punct", "citing/cite VBG 3 advcl", "risks/risk NNS 9 obj",
                        ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(reasoned).get(0))).extracting(Cue::lemma).contains("decide");
        Doc deeper = HandParsed.text("He decided to send troops to help Minsk, citing the pact.")
                .sentence("He PRP 2 nsubj", "decided/decide VBD 0 root", "to TO 4 mark", "send VB 2 xcomp",
                        "troops/troop NNS 4 obj", "to TO 7 mark", "help VB 4 advcl", "Minsk NNP 7 obj", ", , 10 punct",
                        "citing/cite VBG 7 advcl", "the DT 12 det", "pact NN 10 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(deeper).get(0))).extracting(Cue::lemma).contains("decide");
        Doc ruling = HandParsed.text("The judges decided that the law was void.")
                .sentence("The DT 2 det", "judges/judge NNS 3 nsubj", "decided/decide VBD 0 root", "that IN 8 mark",
                        "the DT 6 det", "law NN 8 nsubj", "was/be VBD 8 cop", "void JJ 3 ccomp", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(ruling).get(0))).extracting(Cue::lemma, Cue::cueClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("decide", CueClass.DECIDE));
        Doc believe = HandParsed.text("The staff decided to believe the report.") // a stance chosen, not voiced
                .sentence("The DT 2 det", "staff NN 3 nsubj", "decided/decide VBD 0 root", "to TO 5 mark",
                        "believe VB 3 xcomp", "the DT 7 det", "report NN 5 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(believe).get(0))).isEmpty();
    }

    @Test
    void aQuestionIsNoDemandButARequestIs() {
        Doc why = HandParsed.text("The senator asked the minister why the delivery was late.")
                .sentence("The DT 2 det", "senator NN 3 nsubj", "asked/ask VBD 0 root", "the DT 5 det", "minister NN 3 obj",
                        "why WRB 10 advmod", "the DT 8 det", "delivery NN 10 nsubj", "was/be VBD 10 cop", "late JJ 3 ccomp",
                        ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(why).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(why).get(0), new int[] {2, 2})).isEmpty();
        // the parser may hang the question on a noun before it; the words still make it a question
        Doc hung = HandParsed.text("The senator asked him during a hearing why talks stalled.")
                .sentence("The DT 2 det", "senator NN 3 nsubj", "asked/ask VBD 0 root", "him PRP 3 obj", "during IN 7 case",
                        "a DT 7 det", "hearing NN 3 obl", "why WRB 10 advmod", "talks NNS 10 nsubj",
                        "stalled/stall VBD 7 acl:relcl", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(hung).get(0))).isEmpty();
        Doc request = HandParsed.text("Kyiv asked Berlin to send tanks.")
                .sentence("Kyiv NNP 2 nsubj", "asked/ask VBD 0 root", "Berlin NNP 2 obj", "to TO 5 mark", "send VB 2 xcomp",
                        "tanks/tank NNS 5 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(request).get(0))).extracting(Cue::lemma, Cue::cueClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ask", CueClass.DEMAND));
    }

    @Test
    void publishingAThingIsNoClaim() {
        Doc map = HandParsed.text("The agency published a map of the front.")
                .sentence("The DT 2 det", "agency NN 3 nsubj", "published/publish VBD 0 root", "a DT 5 det", "map NN 3 obj",
                        "of IN 8 case", "the DT 8 det", "front NN 5 nmod", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(map).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(map).get(0), new int[] {2, 4})).isEmpty();
    }

    @Test
    void aParticipleWithANounAndNoClauseIsNoCue() {
        Doc bare = HandParsed.text("Bots filled the forums, claiming victories.")
                .sentence("Bots/bot NNS 2 nsubj", "filled/fill VBD 0 root", "the DT 4 det", "forums/forum NNS 2 obj",
                        ", , 6 punct", "claiming/claim VBG 2 advcl", "victories/victory NNS 6 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(bare).get(0))).isEmpty();
        assertThat(CueFinder.readLearned(SentenceGraph.of(bare).get(0), new int[] {5, 6})).isEmpty();
        Doc clause = HandParsed.text("The mayor spoke, adding that the line held.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "spoke/speak VBD 0 root", ", , 5 punct",
                        "adding/add VBG 3 advcl", "that IN 9 mark", "the DT 8 det", "line NN 9 nsubj", "held/hold VBD 5 ccomp",
                        ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(clause).get(0))).extracting(Cue::lemma).containsExactly("add");
        Doc citing = HandParsed.text("Pyongyang sent troops, citing the treaty.")
                .sentence("Pyongyang NNP 2 nsubj", "sent/send VBD 0 root", "troops/troop NNS 2 obj", ", , 5 punct",
                        "citing/cite VBG 2 advcl", "the DT 7 det", "treaty NN 5 obj", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(citing).get(0))).extracting(Cue::lemma).containsExactly("cite");
        Doc progressive = HandParsed.text("Moscow is denying the strike.")
                .sentence("Moscow NNP 3 nsubj", "is/be VBZ 3 aux", "denying/deny VBG 0 root", "the DT 5 det",
                        "strike NN 3 obj", ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(progressive).get(0))).extracting(Cue::lemma).containsExactly("deny");
    }

    @Test
    void citingUnderAReportingVerbIsTheReportersSourceNotACue() {
        Doc doc = HandParsed.text("The paper reported the plan, citing two officials.")
                .sentence("The DT 2 det", "paper NN 3 nsubj", "reported/report VBD 0 root", "the DT 5 det", "plan NN 3 obj",
                        ", , 7 punct", "citing/cite VBG 3 advcl", "two CD 9 nummod", "officials/official NNS 7 obj",
                        ". . 3 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(doc).get(0))).extracting(Cue::lemma).containsExactly("report");
    }

    @Test
    void aFrontedOpinionPhraseIsACueReadLikeAccordingTo() {
        Doc of = HandParsed.text("In the opinion of the agency, the plant is safe.")
                .sentence("In IN 3 case", "the DT 3 det", "opinion NN 11 obl", "of IN 6 case", "the DT 6 det",
                        "agency NN 3 nmod", ", , 11 punct", "the DT 9 det", "plant NN 11 nsubj", "is/be VBZ 11 cop",
                        "safe JJ 0 root", ". . 11 punct")
                .build();
        Cue cue = CueFinder.find(SentenceGraph.of(of).get(0)).get(0);
        assertThat(cue.isAccordingTo()).isTrue();
        assertThat(List.of(cue.first(), cue.last())).containsExactly(0, 3);
        Doc his = HandParsed.text("In his view, the talks failed.")
                .sentence("In IN 3 case", "his PRP$ 3 nmod:poss", "view NN 7 obl", ", , 7 punct", "the DT 6 det",
                        "talks/talk NNS 7 nsubj", "failed/fail VBD 0 root", ". . 7 punct")
                .build();
        Cue own = CueFinder.find(SentenceGraph.of(his).get(0)).get(0);
        assertThat(List.of(own.first(), own.last(), own.cueClass())).containsExactly(0, 2, CueClass.ASSERT);
        Doc inside = HandParsed.text("Prices rose in the view of many.") // not fronted: no attribution
                .sentence("Prices/price NNS 2 nsubj", "rose/rise VBD 0 root", "in IN 5 case", "the DT 5 det", "view NN 2 obl",
                        "of IN 7 case", "many JJ 5 nmod", ". . 2 punct")
                .build();
        assertThat(CueFinder.find(SentenceGraph.of(inside).get(0))).isEmpty();
    }
}
