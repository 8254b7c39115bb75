package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.testkit.HandParsed;

class ContentFinderTest {
    private static String content(Doc doc, int sentence) {
        SentenceGraph g = SentenceGraph.of(doc).get(sentence);
        List<Cue> cues = CueFinder.find(g);
        Cue cue = cues.get(0);
        int[] source = cue.isAccordingTo() ? SpeakerResolver.accordingSource(g, cue) : SpeakerResolver.sourceOf(g, cue);
        int[] range = cue.isAccordingTo() ? ContentFinder.accordingContent(g, cue, source)
                : ContentFinder.contentOf(g, cue, cues, source);
        return range == null ? null : g.span(range[0], range[1]).of(doc.text());
    }

    @Test
    void aContentEndsBeforeTheAdverbOfTheReportingVerbItsSpeakerGoesOnWith() {
        Doc doc = HandParsed.text("The mayor said Norway is becoming a key partner and quickly added that Sweden also helps.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "said/say VBD 0 root", "Norway NNP 6 nsubj", "is/be VBZ 6 aux",
                        "becoming/become VBG 3 ccomp", "a DT 9 det", "key JJ 9 amod", "partner NN 6 xcomp", "and CC 12 cc",
                        "quickly RB 12 advmod", "added/add VBD 6 conj", "that IN 16 mark", "Sweden NNP 16 nsubj",
                        "also RB 16 advmod", "helps/help VBZ 12 ccomp", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("Norway is becoming a key partner");
    }

    private static boolean citesOnlyASource(Doc doc) {
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        List<Cue> cues = CueFinder.find(g);
        Cue cite = cues.stream().filter(c -> c.lemma().equals("cite")).findFirst().orElseThrow();
        int[] content = ContentFinder.contentOf(g, cite, cues, SpeakerResolver.sourceOf(g, cite));
        return ContentFinder.onlyASource(g, cite, content);
    }

    @Test
    void citingWhomAReportRestsOnIsNoReason() {
        Doc relay = HandParsed.text("The daily Hlas broke the news, citing two diplomats.")
                .sentence("The DT 3 det", "daily JJ 3 amod", "Hlas NNP 4 nsubj", "broke/break VBD 0 root", "the DT 6 det",
                        "news NN 4 obj", ", , 8 punct", "citing/cite VBG 4 advcl", "two CD 10 nummod",
                        "diplomats/diplomat NNS 8 obj", ". . 4 punct")
                .build();
        assertThat(citesOnlyASource(relay)).isTrue();
        Doc reason = HandParsed.text("Officials delayed the vote, citing security concerns.")
                .sentence("Officials/official NNS 2 nsubj", "delayed/delay VBD 0 root", "the DT 4 det", "vote NN 2 obj",
                        ", , 6 punct", "citing/cite VBG 2 advcl", "security NN 8 compound", "concerns/concern NNS 6 obj",
                        ". . 2 punct")
                .build();
        assertThat(citesOnlyASource(reason)).isFalse();
    }

    @Test
    void theStatementsDateAndThatAreNotContent() {
        assertThat(content(ClaimFixtures.saidOnTuesday(), 0)).isEqualTo("its forces had captured the village");
    }

    @Test
    void aDenialsObjectIsItsContent() {
        assertThat(content(ClaimFixtures.denialThenPronoun(), 0)).isEqualTo("the claim");
    }

    @Test
    void accordingToTakesTheRestOfTheSentence() {
        assertThat(content(ClaimFixtures.accordingTo(), 0)).isEqualTo("four civilians were killed");
    }

    @Test
    void aStatementsPassiveSubjectIsWhatItsAgentSaid() {
        Doc doc = HandParsed.text("The reports were confirmed on Monday by the minister.")
                .sentence("The DT 2 det", "reports/report NNS 4 nsubj:pass", "were/be VBD 4 aux:pass",
                        "confirmed/confirm VBN 0 root", "on IN 6 case", "Monday NNP 4 obl", "by IN 9 case", "the DT 9 det",
                        "minister NN 4 obl", ". . 4 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("The reports");
        // a threat is no statement: "Kyiv is threatened by an attack" reports nothing
        Doc threat = HandParsed.text("Kyiv is threatened by an attack.")
                .sentence("Kyiv NNP 3 nsubj:pass", "is/be VBZ 3 aux:pass", "threatened/threaten VBN 0 root", "by IN 6 case",
                        "an DT 6 det", "attack NN 3 obl", ". . 3 punct")
                .build();
        assertThat(content(threat, 0)).isNotEqualTo("Kyiv");
    }

    @Test
    void aQuotationAfterAColonIsTheContentNotAClauseBeforeTheCue() {
        Doc doc = HandParsed.text("Aid is late, Kim told reporters on Friday: \"The line holds.\"")
                .sentence("Aid NN 3 nsubj", "is/be VBZ 3 cop", "late JJ 6 ccomp", ", , 6 punct", "Kim NNP 6 nsubj",
                        "told/tell VBD 0 root", "reporters/reporter NNS 6 obj", "on IN 9 case", "Friday NNP 6 obl",
                        ": : 6 punct", "\" `` 14 punct", "The DT 13 det", "line NN 14 nsubj", "holds/hold VBZ 6 parataxis",
                        ". . 14 punct", "\" '' 14 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("\"The line holds.\"");
        Doc noQuote = HandParsed.text("Aid is late, Kim told reporters.")
                .sentence("Aid NN 3 nsubj", "is/be VBZ 3 cop", "late JJ 6 ccomp", ", , 6 punct", "Kim NNP 6 nsubj",
                        "told/tell VBD 0 root", "reporters/reporter NNS 6 obj", ". . 6 punct")
                .build();
        assertThat(content(noQuote, 0)).isEqualTo("Aid is late");
    }

    @Test
    void aQuotationAfterAColonRunsOnOverItsSentencesToItsClosingMark() {
        Doc doc = HandParsed.text("Reed wrote: \"Stop the visas. Europe is a privilege.\" Talks went on.")
                .sentence("Reed NNP 2 nsubj", "wrote/write VBD 0 root", ": : 2 punct", "\" `` 5 punct", "Stop/stop VB 2 parataxis",
                        "the DT 7 det", "visas/visa NNS 5 obj", ". . 2 punct")
                .sentence("Europe NNP 4 nsubj", "is/be VBZ 4 cop", "a DT 4 det", "privilege NN 0 root", ". . 4 punct",
                        "\" '' 4 punct")
                .sentence("Talks/talk NNS 2 nsubj", "went/go VBD 0 root", "on RP 2 compound:prt", ". . 2 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("\"Stop the visas. Europe is a privilege.\"");
        // closed inside its sentence, or never closed in the paragraph: the sentence's words only
        Doc closed = HandParsed.text("Reed wrote: \"Stop the visas.\" Europe is calm.")
                .sentence("Reed NNP 2 nsubj", "wrote/write VBD 0 root", ": : 2 punct", "\" `` 5 punct", "Stop/stop VB 2 parataxis",
                        "the DT 7 det", "visas/visa NNS 5 obj", ". . 2 punct", "\" '' 2 punct")
                .sentence("Europe NNP 3 nsubj", "is/be VBZ 3 cop", "calm JJ 0 root", ". . 3 punct")
                .build();
        assertThat(content(closed, 0)).isEqualTo("\"Stop the visas.\"");
        Doc open = HandParsed.text("Reed wrote: \"Stop the visas. Europe is calm.")
                .sentence("Reed NNP 2 nsubj", "wrote/write VBD 0 root", ": : 2 punct", "\" `` 5 punct", "Stop/stop VB 2 parataxis",
                        "the DT 7 det", "visas/visa NNS 5 obj", ". . 2 punct")
                .sentence("Europe NNP 3 nsubj", "is/be VBZ 3 cop", "calm JJ 0 root", ". . 3 punct")
                .build();
        assertThat(content(open, 0)).isEqualTo("\"Stop the visas");
    }

    @Test
    void aQuotationAfterAColonRunsOnOverADozenSentences() {
        StringBuilder text = new StringBuilder("Reed said: \"We stay calm.");
        HandParsed b = null;
        for (int i = 0; i < 11; i++) text.append(" We wait.");
        text.append("\" Talks went on.");
        b = HandParsed.text(text.toString())
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", ": : 2 punct", "\" `` 5 punct", "We PRP 6 nsubj",
                        "stay/stay VBP 2 ccomp", "calm JJ 6 xcomp", ". . 2 punct");
        for (int i = 0; i < 11; i++)
            b.sentence("We PRP 2 nsubj", "wait/wait VBP 0 root", ". . 2 punct");
        b.sentence("\" '' 1 punct", "Talks/talk NNS 3 nsubj", "went/go VBD 0 root", "on RP 3 compound:prt", ". . 3 punct");
        String whole = text.substring(text.indexOf("\""), text.indexOf("\" Talks") + 1);
        assertThat(content(b.build(), 0)).isEqualTo(whole);
    }

    @Test
    void aStatementFrontedByAlthoughEndsAtTheCommaBeforeTheMainClause() {
        // as the parser gave it: the main clause hangs under the fronted one
        Doc doc = HandParsed.text("Although Moscow assures that it begins withdrawing its troops, Western diplomats say "
                        + "there are no signs of de-escalation on the border.")
                .sentence("Although IN 3 mark", "Moscow NNP 3 nsubj", "assures/assure VBZ 0 root", "that IN 6 mark",
                        "it PRP 6 nsubj", "begins/begin VBZ 3 ccomp", "withdrawing/withdraw VBG 17 nsubj",
                        "its PRP$ 9 nmod:poss", "troops/troop NNS 7 obj", ", , 13 punct", "Western JJ 12 amod",
                        "diplomats/diplomat NNS 13 nsubj", "say VBP 17 parataxis", "there EX 13 advmod", "are/be VBP 17 cop",
                        "no DT 17 det", "signs/sign NNS 6 ccomp", "of IN 19 case", "de-escalation NN 17 nmod",
                        "on IN 22 case", "the DT 22 det", "border NN 17 nmod", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("it begins withdrawing its troops");
        // a relative clause's commas do not end it, nor does a verb that shares the subject
        Doc relative = HandParsed.text("Although Moscow says that the troops, which arrived last week, are leaving, NATO sees no sign.")
                .sentence("Although IN 3 mark", "Moscow NNP 3 nsubj", "says/say VBZ 0 root", "that IN 14 mark", "the DT 6 det",
                        "troops/troop NNS 14 nsubj", ", , 9 punct", "which WDT 9 nsubj", "arrived/arrive VBD 6 acl:relcl",
                        "last JJ 11 amod", "week NN 9 obl:tmod", ", , 9 punct", "are/be VBP 14 aux", "leaving/leave VBG 3 ccomp",
                        ", , 17 punct", "NATO NNP 17 nsubj", "sees/see VBZ 14 parataxis", "no DT 19 det", "sign NN 17 obj",
                        ". . 3 punct")
                .build();
        assertThat(content(relative, 0)).isEqualTo("the troops, which arrived last week, are leaving");
    }

    @Test
    void aFrontedClauseIsTheContentWhenAnAdjunctFollowsTheCue() {
        Doc doc = HandParsed.text("Peace can come within days, the president said as he met the envoys.")
                .sentence("Peace NN 3 nsubj", "can MD 3 aux", "come VB 0 root", "within IN 5 case", "days/day NNS 3 obl",
                        ", , 9 punct", "the DT 8 det", "president NN 9 nsubj", "said/say VBD 3 parataxis", "as IN 12 mark",
                        "he PRP 12 nsubj", "met/meet VBD 9 advcl", "the DT 14 det", "envoys/envoy NNS 12 obj", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("Peace can come within days");
        Doc dateline = HandParsed.text("KYIV, 5 June (Ukrinform) \u2013 Talks will resume, the envoy said as he left Minsk.")
                .sentence("KYIV NNP 11 dep", ", , 1 punct", "5 CD 4 nummod", "June NNP 1 appos", "( -LRB- 6 punct",
                        "Ukrinform NNP 1 appos", ") -RRB- 6 punct", "\u2013 : 11 punct", "Talks/talk NNS 11 nsubj",
                        "will MD 11 aux", "resume VB 0 root", ", , 15 punct", "the DT 14 det", "envoy NN 15 nsubj",
                        "said/say VBD 11 parataxis", "as IN 18 mark", "he PRP 18 nsubj", "left/leave VBD 15 advcl",
                        "Minsk NNP 18 obj", ". . 11 punct")
                .build();
        assertThat(content(dateline, 0)).isEqualTo("Talks will resume");
        Doc participle = HandParsed.text("Visiting the port, the envoy said as much.")
                .sentence("Visiting/visit VBG 7 advcl", "the DT 3 det", "port NN 1 obj", ", , 7 punct", "the DT 6 det",
                        "envoy NN 7 nsubj", "said/say VBD 0 root", "as RB 9 advmod", "much JJ 7 obj", ". . 7 punct")
                .build();
        assertThat(content(participle, 0)).isNotEqualTo("Visiting the port"); // no clause fronted: no content before
    }

    @Test
    void aFrontedClauseBeforeTheCueIsTheContent() {
        Doc doc = HandParsed.text("Russia will retaliate, the minister said.")
                .sentence("Russia NNP 3 nsubj", "will MD 3 aux", "retaliate VB 7 ccomp", ", , 7 punct", "the DT 6 det",
                        "minister NN 7 nsubj", "said/say VBD 0 root", ". . 7 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("Russia will retaliate");
    }

    @Test
    void toldWithoutAClauseReportsNothing() {
        Doc doc = HandParsed.text("The minister told Reuters.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "told/tell VBD 0 root", "Reuters NNP 3 obj",
                        ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isNull();
    }
    @Test
    void toldWithAClauseReportsTheClauseNotTheAddressee() {
        Doc doc = HandParsed.text("The minister told reporters that the bridge was hit.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "told/tell VBD 0 root", "reporters/reporter NNS 3 obj",
                        "that IN 9 mark", "the DT 7 det", "bridge NN 9 nsubj:pass", "was/be VBD 9 aux:pass",
                        "hit/hit VBN 3 ccomp", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("the bridge was hit");
    }
    @Test
    void aReportersTrailingAdjunctAfterACommaOrADashIsNotContent() {
        Doc comma = HandParsed.text("Canberra announced new aid, during a visit by the minister.")
                .sentence("Canberra NNP 2 nsubj", "announced/announce VBD 0 root", "new JJ 4 amod", "aid NN 2 obj",
                        ", , 7 punct", "during IN 7 case", "a DT 7 det", "visit NN 2 obl", "by IN 11 case", "the DT 11 det",
                        "minister NN 7 nmod", ". . 2 punct")
                .build();
        assertThat(content(comma, 0)).isEqualTo("new aid");
        Doc dash = HandParsed.text("The army reported gains - while keeping silent on losses.")
                .sentence("The DT 2 det", "army NN 3 nsubj", "reported/report VBD 0 root", "gains NNS 3 obj",
                        "- : 6 punct", "while IN 7 mark", "keeping/keep VBG 3 advcl", "silent JJ 7 xcomp", "on IN 10 case",
                        "losses NNS 8 obl", ". . 3 punct")
                .build();
        assertThat(content(dash, 0)).isEqualTo("gains");
        Doc hyphen = HandParsed.text("The army reported full-scale gains.")
                .sentence("The DT 2 det", "army NN 3 nsubj", "reported/report VBD 0 root", "full JJ 7 amod",
                        "- HYPH 7 punct", "scale NN 7 compound", "gains NNS 3 obj", ". . 3 punct")
                .build();
        assertThat(content(hyphen, 0)).isEqualTo("full-scale gains");
    }

    @Test
    void aCommaInsideAQuotationStaysInTheContent() {
        Doc doc = HandParsed.text("Reed said \"we will hold, as always\" today.")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "\" `` 6 punct", "we PRP 6 nsubj", "will MD 6 aux",
                        "hold VB 2 ccomp", ", , 9 punct", "as IN 9 case", "always RB 6 advmod", "\" '' 6 punct",
                        "today NN 2 obl:tmod", ". . 2 punct")
                .build();
        assertThat(content(doc, 0)).startsWith("\"we will hold, as always");
    }

    @org.junit.jupiter.api.Test
    void whatADemandAsksForIsItsContentButAPhraseOfAnAssertionIsNot() {
        var doc = org.sitrep.testkit.HandParsed.text("The president appealed for more weapons. The president said in Kyiv.")
                .sentence("The DT 2 det", "president NN 3 nsubj", "appealed/appeal VBD 0 root", "for IN 6 case",
                        "more JJR 6 amod", "weapons/weapon NNS 3 obl", ". . 3 punct")
                .sentence("The DT 2 det", "president NN 3 nsubj", "said/say VBD 0 root", "in IN 5 case", "Kyiv NNP 3 obl",
                        ". . 3 punct")
                .actor("president", "UKRGOV", "Ukraine")
                .build();
        var claims = new ClaimExtractor(null).apply(doc).get(org.sitrep.model.Layer.CLAIMS);
        org.assertj.core.api.Assertions.assertThat(claims).extracting(c -> c.content().of(doc.text()))
                .containsExactly("for more weapons");
    }

    @Test
    void aTopicVerbWithOnlyANounObjectSaysNothingButWithAnAsPhraseItDoes() {
        var topic = HandParsed.text("The envoy assessed the situation in the east.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "assessed/assess VBD 0 root", "the DT 5 det",
                        "situation NN 3 obj", "in IN 8 case", "the DT 8 det", "east NN 5 nmod", ". . 3 punct")
                .actor("envoy", "FRAGOV", "France")
                .build();
        assertThat(new ClaimExtractor(null).apply(topic).get(org.sitrep.model.Layer.CLAIMS)).isEmpty();
        var described = HandParsed.text("The envoy described the talks as useful.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "described/describe VBD 0 root", "the DT 5 det",
                        "talks/talk NNS 3 obj", "as IN 7 case", "useful JJ 3 obl", ". . 3 punct")
                .actor("envoy", "FRAGOV", "France")
                .build();
        assertThat(new ClaimExtractor(null).apply(described).get(org.sitrep.model.Layer.CLAIMS))
                .extracting(c -> c.content().of(described.text())).containsExactly("the talks as useful");
    }

    @Test
    void whatIsExplainedIsATopicButWhatItIsExplainedToBeIsAClaim() {
        var topic = HandParsed.text("The spokesman explained his remarks about the harbour blast.")
                .sentence("The DT 2 det", "spokesman NN 3 nsubj", "explained/explain VBD 0 root",
                        "his PRP$ 5 nmod:poss", "remarks/remark NNS 3 obj", "about IN 9 case", "the DT 9 det",
                        "harbour NN 9 compound", "blast NN 5 nmod", ". . 3 punct")
                .actor("spokesman", "FRAGOV", "France")
                .build();
        assertThat(new ClaimExtractor(null).apply(topic).get(org.sitrep.model.Layer.CLAIMS)).isEmpty();
        // a relative clause inside the noun phrase leaves it a noun phrase
        var relative = HandParsed.text("The spokesman explained the statement on the blast, whose cause he doubted.")
                .sentence("The DT 2 det", "spokesman NN 3 nsubj", "explained/explain VBD 0 root", "the DT 5 det",
                        "statement NN 3 obj", "on IN 8 case", "the DT 8 det", "blast NN 5 nmod", ", , 8 punct",
                        "whose WP$ 11 nmod:poss", "cause NN 13 obj", "he PRP 13 nsubj", "doubted/doubt VBD 8 acl:relcl",
                        ". . 3 punct")
                .actor("spokesman", "FRAGOV", "France")
                .build();
        assertThat(new ClaimExtractor(null).apply(relative).get(org.sitrep.model.Layer.CLAIMS)).isEmpty();
        var clause = HandParsed.text("The spokesman explained that the harbour stays closed.")
                .sentence("The DT 2 det", "spokesman NN 3 nsubj", "explained/explain VBD 0 root", "that IN 7 mark",
                        "the DT 6 det", "harbour NN 7 nsubj", "stays/stay VBZ 3 ccomp", "closed/close JJ 7 xcomp",
                        ". . 3 punct")
                .actor("spokesman", "FRAGOV", "France")
                .build();
        assertThat(new ClaimExtractor(null).apply(clause).get(org.sitrep.model.Layer.CLAIMS))
                .extracting(c -> c.content().of(clause.text())).containsExactly("the harbour stays closed");
    }

    @Test
    void aSpeakerGoingOnAfterADemandEndsItsContent() {
        Doc doc = HandParsed.text("The minister urged the allies to send more shells, emphasizing that stocks are low.")
                .sentence("The/the DT 2 det", "minister NN 3 nsubj", "urged/urge VBD 0 root", "the DT 5 det",
                        "allies/ally NNS 3 obj", "to TO 7 mark", "send VB 3 xcomp", "more JJR 9 amod",
                        "shells/shell NNS 7 obj", ", , 3 punct", "emphasizing/emphasize VBG 3 dep", "that IN 15 mark",
                        "stocks/stock NNS 15 nsubj", "are/be VBP 15 cop", "low JJ 11 ccomp", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("the allies to send more shells");
    }

    @Test
    void aClauseTheParserHungOnTheAddresseeIsStillWhatWasSaid() {
        Doc doc = HandParsed.text("The general cautioned other armies that any attempt to cross the line would "
                        + "meet fire.")
                .sentence("The/the DT 2 det", "general NN 3 nsubj", "cautioned/caution VBD 0 root", "other JJ 5 amod",
                        "armies/army NNS 3 obj", "that WDT 5 dep", "any DT 8 det", "attempt NN 14 nsubj",
                        "to TO 10 mark", "cross VB 8 acl", "the DT 12 det", "line NN 10 obj", "would MD 14 aux",
                        "meet VB 5 ccomp", "fire NN 14 obj", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("any attempt to cross the line would meet fire");
    }

    @Test
    void theOccasionOfAStatementAfterAClosingQuotationMarkIsTheReporters() {
        Doc doc = HandParsed.text("The mayor said the shelling was \"a crime against children\" during a press "
                        + "conference.")
                .sentence("The/the DT 2 det", "mayor NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det",
                        "shelling NN 9 nsubj", "was/be VBD 9 cop", "\" `` 9 punct", "a DT 9 det", "crime NN 3 ccomp",
                        "against IN 11 case", "children/child NNS 9 nmod", "\" '' 9 punct", "during IN 16 case",
                        "a DT 16 det", "press NN 16 compound", "conference NN 9 nmod", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("the shelling was \"a crime against children\"");
    }

    @Test
    void aParticipleOfAnotherSpeechActEndsTheContent() {
        Doc doc = HandParsed.text("The envoy declared neutrality, speaking of the country as a bridge.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "declared/declare VBD 0 root", "neutrality NN 3 obj",
                        ", , 6 punct", "speaking/speak VBG 3 advcl", "of IN 9 case", "the DT 9 det", "country NN 6 obl",
                        "as IN 12 case", "a DT 12 det", "bridge NN 6 obl", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("neutrality");
    }

    @Test
    void aClauseAfterTheAddresseeThatTheParserSplitIsTheContent() {
        // parsed as CoreNLP parses it: the clause's subject as the object of "told", its verb a loose dependent
        Doc doc = HandParsed.text("A NATO diplomat told the Herald the alliance rarely discusses leaks.")
                .sentence("A DT 3 det", "NATO NNP 3 compound", "diplomat NN 4 nsubj", "told/tell VBD 0 root", "the DT 6 det",
                        "Herald NNP 4 iobj", "the DT 8 det", "alliance NN 4 obj", "rarely RB 10 advmod",
                        "discusses/discuss VBZ 4 dep", "leaks/leak NNS 10 obj", ". . 4 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("the alliance rarely discusses leaks");
        Doc addressees = HandParsed.text("The minister told the envoys the news.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "told/tell VBD 0 root", "the DT 5 det",
                        "envoys/envoy NNS 3 iobj", "the DT 7 det", "news NN 3 obj", ". . 3 punct")
                .build();
        assertThat(content(addressees, 0)).isNull();
    }

    @Test
    void aConjunctOfTheReportingVerbIsNotContentButOneOfTheComplementIs() {
        // a second clause coordinated with the cue, with its own subject and cue: not what was urged
        Doc own = HandParsed.text("The senator urged Congress to fund the shelters, and he accused the agency of delays.")
                .sentence("The DT 2 det", "senator NN 3 nsubj", "urged/urge VBD 0 root", "Congress NNP 3 obj",
                        "to TO 6 mark", "fund VB 3 xcomp", "the DT 8 det", "shelters/shelter NNS 6 obj", ", , 12 punct",
                        "and CC 12 cc", "he PRP 12 nsubj", "accused/accuse VBD 3 conj", "the DT 14 det",
                        "agency NN 12 obj", "of IN 16 case", "delays/delay NNS 12 obl", ". . 3 punct")
                .build();
        assertThat(content(own, 0)).isEqualTo("Congress to fund the shelters");
        // a second predicate of the speaker that reports nothing
        Doc shared = HandParsed.text("The mayor said the bridge would reopen soon and toured the site.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det", "bridge NN 7 nsubj",
                        "would MD 7 aux", "reopen VB 3 ccomp", "soon RB 7 advmod", "and CC 10 cc",
                        "toured/tour VBD 3 conj", "the DT 12 det", "site NN 10 obj", ". . 3 punct")
                .build();
        assertThat(content(shared, 0)).isEqualTo("the bridge would reopen soon");
        // a conjunct of the complement's verb is still what was said
        Doc inner = HandParsed.text("The mayor said the bridge would reopen soon and the ferry would stop.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det", "bridge NN 7 nsubj",
                        "would MD 7 aux", "reopen VB 3 ccomp", "soon RB 7 advmod", "and CC 13 cc", "the DT 11 det",
                        "ferry NN 13 nsubj", "would MD 13 aux", "stop VB 7 conj", ". . 3 punct")
                .build();
        assertThat(content(inner, 0)).isEqualTo("the bridge would reopen soon and the ferry would stop");
        // the writer's narration in the past tense, coordinated with the reporting verb
        Doc narrated = HandParsed.text("The envoy said the port was open, but the ships stayed at anchor.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det", "port NN 7 nsubj",
                        "was/be VBD 7 cop", "open JJ 3 ccomp", ", , 12 punct", "but CC 12 cc", "the DT 11 det",
                        "ships/ship NNS 12 nsubj", "stayed/stay VBD 3 conj", "at IN 14 case", "anchor NN 12 obl",
                        ". . 3 punct")
                .build();
        assertThat(content(narrated, 0)).isEqualTo("the port was open");
        // a present-tense clause of its own may go on with the speaker's words, wherever the parser hangs it
        Doc goesOn = HandParsed.text("The minister said the ban is vital, and the economy can bear it.")
                .sentence("The DT 2 det", "minister NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det", "ban NN 7 nsubj",
                        "is/be VBZ 7 cop", "vital JJ 3 ccomp", ", , 13 punct", "and CC 13 cc", "the DT 11 det",
                        "economy NN 13 nsubj", "can MD 13 aux", "bear VB 3 conj", "it PRP 13 obj", ". . 3 punct")
                .build();
        assertThat(content(goesOn, 0)).isEqualTo("the ban is vital, and the economy can bear it");
    }

    @Test
    void repeatingAClaimAfterACommaIsAnotherSpeechActNotContent() {
        Doc doc = HandParsed.text("The envoy argued the strikes were lawful, repeating claims that the depot was a target.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "argued/argue VBD 0 root", "the DT 5 det",
                        "strikes/strike NNS 7 nsubj", "were/be VBD 7 cop", "lawful JJ 3 ccomp", ", , 9 punct",
                        "repeating/repeat VBG 7 advcl", "claims/claim NNS 9 obj", "that IN 15 mark", "the DT 13 det",
                        "depot NN 15 nsubj", "was/be VBD 15 cop", "a DT 15 det", "target NN 10 acl", ". . 3 punct")
                .build();
        assertThat(content(doc, 0)).isEqualTo("the strikes were lawful");
    }

    @Test
    void aSummativeAppositionAfterTheContentIsTheWritersRemark() {
        Doc something = HandParsed.text("The ministry accused the rebels of shelling the dam, something the rebels "
                        + "have denied.")
                .sentence("The DT 2 det", "ministry NN 3 nsubj", "accused/accuse VBD 0 root", "the DT 5 det",
                        "rebels/rebel NNS 3 obj", "of IN 7 mark", "shelling/shell VBG 3 advcl", "the DT 9 det",
                        "dam NN 7 obj", ", , 11 punct", "something NN 9 appos", "the DT 13 det", "rebels/rebel NNS 15 nsubj",
                        "have/have VBP 15 aux", "denied/deny VBN 11 acl:relcl", ". . 3 punct")
                .build();
        assertThat(content(something, 0)).isEqualTo("the rebels of shelling the dam");
        Doc move = HandParsed.text("The premier said the talks would resume in Oslo, a move the opposition criticised.")
                .sentence("The DT 2 det", "premier NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det", "talks/talk NNS 7 nsubj",
                        "would MD 7 aux", "resume VB 3 ccomp", "in IN 9 case", "Oslo NNP 7 obl", ", , 12 punct", "a DT 12 det",
                        "move NN 9 appos", "the DT 14 det", "opposition NN 15 nsubj", "criticised/criticise VBD 12 acl:relcl",
                        ". . 3 punct")
                .build();
        assertThat(content(move, 0)).isEqualTo("the talks would resume in Oslo");
        // a list of the speaker's own goes on
        Doc list = HandParsed.text("The premier said the talks would cover grain, a ceasefire and prisoners.")
                .sentence("The DT 2 det", "premier NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det", "talks/talk NNS 7 nsubj",
                        "would MD 7 aux", "cover VB 3 ccomp", "grain NN 7 obj", ", , 11 punct", "a DT 11 det",
                        "ceasefire NN 8 conj", "and CC 13 cc", "prisoners/prisoner NNS 8 conj", ". . 3 punct")
                .build();
        assertThat(content(list, 0)).isEqualTo("the talks would cover grain, a ceasefire and prisoners");
    }
}
