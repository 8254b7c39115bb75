package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Doc;
import org.sitrep.testkit.HandParsed;

class SpeakerResolverTest {
    private static ActorRef speaker(Doc doc, SpeakerResolver speakers, int sentence) {
        SentenceGraph g = SentenceGraph.of(doc).get(sentence);
        Cue cue = CueFinder.find(g).get(0);
        int[] source = cue.isAccordingTo() ? SpeakerResolver.accordingSource(g, cue) : SpeakerResolver.sourceOf(g, cue);
        return speakers.resolve(g, source, g.span(source[0], source[1]));
    }

    @Test
    void theSubjectIsTheSourceAndItsActorTheSpeaker() {
        Doc doc = ClaimFixtures.saidOnTuesday();
        ActorRef ref = speaker(doc, new SpeakerResolver(doc), 0);
        assertThat(ref.code()).isEqualTo("RUSGOVMIL");
        assertThat(ref.mention().of(doc.text())).isEqualTo("Russia's Defence Ministry");
        assertThat(ref.antecedent()).isNull();
    }

    @Test
    void aPronounTakesTheLatestEarlierSubject() {
        Doc doc = ClaimFixtures.denialThenPronoun();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), java.util.List.of());
        ActorRef it = speaker(doc, speakers, 1);
        assertThat(it.code()).isEqualTo("UKRMIL");
        assertThat(it.mention().of(doc.text())).isEqualTo("It");
        assertThat(it.antecedent().of(doc.text())).isEqualTo("Ukraine's General Staff");
    }

    @Test
    void aPronounAfterAPassiveTakesItsPersonAgent() {
        Doc doc = HandParsed.text("Kim Lee arrived first. The plan was drafted by Ivan Petrov. He said it would work.")
                .sentence("Kim NNP 2 compound", "Lee NNP 3 nsubj", "arrived/arrive VBD 0 root", "first RB 3 advmod",
                        ". . 3 punct")
                .sentence("The DT 2 det", "plan NN 4 nsubj:pass", "was/be VBD 4 aux:pass", "drafted/draft VBN 0 root",
                        "by IN 7 case", "Ivan NNP 7 compound", "Petrov NNP 4 obl", ". . 4 punct")
                .sentence("He PRP 2 nsubj", "said/say VBD 0 root", "it PRP 5 nsubj", "would MD 5 aux", "work VB 2 ccomp",
                        ". . 2 punct")
                .person("Kim Lee").person("Ivan Petrov")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), java.util.List.of());
        speakers.noteSubjects(SentenceGraph.of(doc).get(1), java.util.List.of());
        assertThat(speaker(doc, speakers, 2).antecedent().of(doc.text())).isEqualTo("Ivan Petrov");
    }

    @Test
    void aPronounWithoutAnyAntecedentStaysUnresolved() {
        Doc doc = ClaimFixtures.denialThenPronoun();
        ActorRef it = speaker(doc, new SpeakerResolver(doc.with(org.sitrep.model.Layer.ACTORS, List.of())), 1);
        assertThat(it.code()).isNull();
        assertThat(it.name()).isEqualTo("It");
    }

    @Test
    void theNounAfterAccordingToIsTheSource() {
        Doc doc = ClaimFixtures.accordingTo();
        ActorRef ref = speaker(doc, new SpeakerResolver(doc), 0);
        assertThat(ref.mention().of(doc.text())).isEqualTo("the regional governor");
        assertThat(ref.code()).isNull();
    }

    @Test
    void thePassiveAgentIsTheSource() {
        Doc doc = HandParsed.text("The attack was condemned by Kyiv.")
                .sentence("The DT 2 det", "attack NN 4 nsubj:pass", "was/be VBD 4 aux:pass", "condemned/condemn VBN 0 root",
                        "by IN 6 case", "Kyiv NNP 4 obl", ". . 4 punct")
                .actor("Kyiv", "UKR", "Ukraine")
                .build();
        assertThat(speaker(doc, new SpeakerResolver(doc), 0).code()).isEqualTo("UKR");
    }

    @Test
    void aFrontedParticipleTakenForTheSubjectLeavesTheNameAfterItsComma() {
        // parsed as CoreNLP parses such sentences: the participle as subject, the name an apposition inside it
        Doc doc = HandParsed.text("Answering a reporter's question about the border, Anna Kovalenko said that it stays shut.")
                .sentence("Answering/answer VBG 12 nsubj", "a DT 3 det", "reporter NN 5 nmod:poss", "'s POS 3 case",
                        "question NN 1 obj", "about IN 8 case", "the DT 8 det", "border NN 5 nmod", ", , 8 punct",
                        "Anna NNP 11 compound", "Kovalenko NNP 8 appos", "said/say VBD 0 root", "that IN 15 mark",
                        "it PRP 15 nsubj", "stays/stay VBZ 12 ccomp", "shut JJ 15 xcomp", ". . 12 punct")
                .actor("Anna Kovalenko", "UKRGOV", "Anna Kovalenko")
                .build();
        ActorRef ref = speaker(doc, new SpeakerResolver(doc), 0);
        assertThat(ref.mention().of(doc.text())).isEqualTo("Anna Kovalenko");
        assertThat(ref.code()).isEqualTo("UKRGOV");
        // a noun subject that begins with a participle stays whole
        Doc leaked = HandParsed.text("Leaked documents show that the talks failed.")
                .sentence("Leaked/leak VBN 2 amod", "documents/document NNS 3 nsubj", "show VBP 0 root", "that IN 7 mark",
                        "the DT 6 det", "talks/talk NNS 7 nsubj", "failed/fail VBD 3 ccomp", ". . 3 punct")
                .build();
        SentenceGraph g = SentenceGraph.of(leaked).get(0);
        int[] source = SpeakerResolver.sourceOf(g, new Cue(2, 2, 2, "show", org.sitrep.model.CueClass.ASSERT));
        assertThat(g.span(source[0], source[1]).of(leaked.text())).isEqualTo("Leaked documents");
    }

    @Test
    void aPastParticipleWithoutAgentHasNoSpeaker() {
        // parsed as CoreNLP parses it: the participle loose on the main verb
        Doc doc = HandParsed.text("The king named Ortiz, described as a cautious banker, to the post.")
                .sentence("The DT 2 det", "king NN 3 nsubj", "named/name VBD 0 root", "Ortiz NNP 3 obj", ", , 3 punct",
                        "described/describe VBN 3 dep", "as IN 10 case", "a DT 10 det", "cautious JJ 10 amod",
                        "banker NN 6 obl", ", , 3 punct", "to IN 14 case", "the DT 14 det", "post NN 3 obl", ". . 3 punct")
                .build();
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        assertThat(SpeakerResolver.sourceOf(g, new Cue(5, 5, 5, "describe", org.sitrep.model.CueClass.ASSERT))).isNull();
        // nor with an agent: a relaying channel, "quoted by" an agency
        Doc agent = HandParsed.text("Ortiz, quoted by the agency, said talks failed.")
                .sentence("Ortiz NNP 8 nsubj", ", , 1 punct", "quoted/quote VBN 1 acl", "by IN 6 case", "the DT 6 det",
                        "agency NN 3 obl", ", , 1 punct", "said/say VBD 0 root", "talks/talk NNS 10 nsubj",
                        "failed/fail VBD 8 ccomp", ". . 8 punct")
                .build();
        SentenceGraph a = SentenceGraph.of(agent).get(0);
        assertThat(SpeakerResolver.sourceOf(a, new Cue(2, 2, 2, "quote", org.sitrep.model.CueClass.ASSERT))).isNull();
    }

    @Test
    void aParticipleAfterACommaHungOnANounSpeaksForTheClausesSubject() {
        // parsed as CoreNLP parses it: "warning" as a clause of the noun "invasion"
        Doc doc = HandParsed.text("Kishida has spoken out against the invasion, warning that Asia may follow.")
                .sentence("Kishida NNP 3 nsubj", "has/have VBZ 3 aux", "spoken/speak VBN 0 root", "out RP 3 compound:prt",
                        "against IN 7 case", "the DT 7 det", "invasion NN 3 obl", ", , 7 punct", "warning/warn VBG 7 acl",
                        "that IN 13 mark", "Asia NNP 13 nsubj", "may MD 13 aux", "follow VB 9 ccomp", ". . 3 punct")
                .build();
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        Cue warning = CueFinder.find(g).stream().filter(c -> c.lemma().equals("warn")).findFirst().orElseThrow();
        int[] source = SpeakerResolver.sourceOf(g, warning);
        assertThat(g.span(source[0], source[1]).of(doc.text())).isEqualTo("Kishida");
        // a participle right after its noun, with no comma, is the noun's own: "reports claiming …" have no speaker here
        Doc reports = HandParsed.text("Kishida read reports claiming that Asia may follow.")
                .sentence("Kishida NNP 2 nsubj", "read VBD 0 root", "reports/report NNS 2 obj", "claiming/claim VBG 3 acl",
                        "that IN 8 mark", "Asia NNP 8 nsubj", "may MD 8 aux", "follow VB 4 ccomp", ". . 2 punct")
                .build();
        SentenceGraph r = SentenceGraph.of(reports).get(0);
        Cue claiming = CueFinder.find(r).stream().filter(c -> c.lemma().equals("claim")).findFirst().orElseThrow();
        assertThat(SpeakerResolver.sourceOf(r, claiming)).isNull();
    }

    @Test
    void aSurnameRefersBackToTheFullName() {
        Doc doc = HandParsed.text("Spokesman Oleksandr Movchan spoke. Movchan said the town held.")
                .sentence("Spokesman NNP 3 compound", "Oleksandr NNP 3 compound", "Movchan NNP 4 nsubj",
                        "spoke/speak VBD 0 root", ". . 4 punct")
                .sentence("Movchan NNP 2 nsubj", "said/say VBD 0 root", "the DT 4 det", "town NN 5 nsubj",
                        "held/hold VBD 2 ccomp", ". . 2 punct")
                .person("Oleksandr Movchan")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), java.util.List.of());
        ActorRef ref = speaker(doc, speakers, 1);
        assertThat(ref.antecedent().of(doc.text())).isEqualTo("Spokesman Oleksandr Movchan");
        assertThat(speakers.isNamed(ref)).isTrue();
    }

    @Test
    void aTitleAfterTheCountryPutsTheSpeakerInItsSector() {
        Doc doc = HandParsed.text("Moldova's President Maia Sandu said the plot failed.")
                .sentence("Moldova NNP 5 nmod:poss", "'s POS 1 case", "President NNP 5 compound", "Maia NNP 5 compound",
                        "Sandu NNP 6 nsubj", "said/say VBD 0 root", "the DT 8 det", "plot NN 9 nsubj",
                        "failed/fail VBD 6 ccomp", ". . 6 punct")
                .actor("Moldova", "MDA", "Moldova").person("Maia Sandu")
                .build();
        assertThat(speaker(doc, new SpeakerResolver(doc), 0).code()).isEqualTo("MDAGOV");
        // a former office holder speaks as a citizen
        Doc former = HandParsed.text("Moldova's former President Ion Rusu said the plot failed.")
                .sentence("Moldova NNP 6 nmod:poss", "'s POS 1 case", "former JJ 6 amod", "President NNP 6 compound",
                        "Ion NNP 6 compound", "Rusu NNP 7 nsubj", "said/say VBD 0 root", "the DT 9 det", "plot NN 10 nsubj",
                        "failed/fail VBD 7 ccomp", ". . 7 punct")
                .actor("Moldova", "MDA", "Moldova").person("Ion Rusu")
                .build();
        assertThat(speaker(former, new SpeakerResolver(former), 0).code()).isEqualTo("MDA");
    }

    @Test
    void aDefenceTitleIsTheMilitaryGovernmentAndNoTitleLeavesTheCountry() {
        Doc defence = HandParsed.text("Ukraine's defence minister said the line held.")
                .sentence("Ukraine NNP 4 nmod:poss", "'s POS 1 case", "defence NN 4 compound", "minister NN 5 nsubj",
                        "said/say VBD 0 root", "the DT 7 det", "line NN 8 nsubj", "held/hold VBD 5 ccomp", ". . 5 punct")
                .actor("Ukraine", "UKR", "Ukraine")
                .build();
        assertThat(speaker(defence, new SpeakerResolver(defence), 0).code()).isEqualTo("UKRGOVMIL");
        Doc bare = HandParsed.text("Ukraine said the line held.")
                .sentence("Ukraine NNP 2 nsubj", "said/say VBD 0 root", "the DT 4 det", "line NN 5 nsubj",
                        "held/hold VBD 2 ccomp", ". . 2 punct")
                .actor("Ukraine", "UKR", "Ukraine")
                .build();
        assertThat(speaker(bare, new SpeakerResolver(bare), 0).code()).isEqualTo("UKR");
    }

    @Test
    void anObjectPronounAfterAccordingToTakesTheLatestPerson() {
        Doc doc = HandParsed.text("Oleksandr Movchan spoke on Monday. According to him, the line held.")
                .sentence("Oleksandr NNP 2 compound", "Movchan NNP 3 nsubj", "spoke/speak VBD 0 root", "on IN 5 case",
                        "Monday NNP 3 obl", ". . 3 punct")
                .sentence("According/accord VBG 3 case", "to TO 1 fixed", "him/he PRP 7 obl", ", , 7 punct", "the DT 6 det",
                        "line NN 7 nsubj", "held/hold VBD 0 root", ". . 7 punct")
                .actor("Oleksandr Movchan", "UKRMIL", "Oleksandr Movchan").person("Oleksandr Movchan")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), java.util.List.of());
        ActorRef him = speaker(doc, speakers, 1);
        assertThat(him.mention().of(doc.text())).isEqualTo("him");
        assertThat(him.code()).isEqualTo("UKRMIL");
    }
    @Test
    void aBareOfficeTakesTheCountryOfTheLatestEarlierSpeakerWithItsOwnSector() {
        Doc doc = HandParsed.text("Russia says the depot was sabotaged. The defence ministry says a store burned.")
                .sentence("Russia NNP 2 nsubj", "says/say VBZ 0 root", "the DT 4 det", "depot NN 6 nsubj:pass",
                        "was/be VBD 6 aux:pass", "sabotaged/sabotage VBN 2 ccomp", ". . 2 punct")
                .sentence("The DT 3 det", "defence NN 3 compound", "ministry NN 4 nsubj", "says/say VBZ 0 root",
                        "a DT 6 det", "store NN 7 nsubj", "burned/burn VBD 4 ccomp", ". . 4 punct")
                .actor("Russia", "RUS", "Russia")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        assertThat(speaker(doc, speakers, 1).code()).as("no speaker before it").isNull();
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        ActorRef ministry = speaker(doc, speakers, 1);
        assertThat(ministry.code()).isEqualTo("RUSGOVMIL");
        assertThat(ministry.mention().of(doc.text())).isEqualTo("The defence ministry");
    }

    @Test
    void theHeadOfStateTakesTheContextsCountryAsItsGovernment() {
        Doc doc = HandParsed.text("Chile says the port reopened. The head of state said ships waited.")
                .sentence("Chile NNP 2 nsubj", "says/say VBZ 0 root", "the DT 4 det", "port NN 5 nsubj",
                        "reopened/reopen VBD 2 ccomp", ". . 2 punct")
                .sentence("The DT 2 det", "head NN 5 nsubj", "of IN 4 case", "state NN 2 nmod", "said/say VBD 0 root",
                        "ships NNS 7 nsubj", "waited/wait VBD 5 ccomp", ". . 5 punct")
                .actor("Chile", "CHL", "Chile")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        ActorRef head = speaker(doc, speakers, 1);
        assertThat(head.mention().of(doc.text())).isEqualTo("The head of state");
        assertThat(head.code()).isEqualTo("CHLGOV");
    }

    @Test
    void anOfficeWithANameOfItsOwnIsNotTheContextsCountry() {
        Doc doc = HandParsed.text("Serbia says talks began. The Vesnik agency says guests came.")
                .sentence("Serbia NNP 2 nsubj", "says/say VBZ 0 root", "talks NNS 4 nsubj", "began/begin VBD 2 ccomp",
                        ". . 2 punct")
                .sentence("The DT 3 det", "Vesnik NNP 3 compound", "agency NN 4 nsubj", "says/say VBZ 0 root",
                        "guests NNS 6 nsubj", "came/come VBD 4 ccomp", ". . 4 punct")
                .actor("Serbia", "SRB", "Serbia")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        assertThat(speaker(doc, speakers, 1).code()).isNull();
    }

    @Test
    void aDescriptionRefersBackByTheHeadOfAnEarlierNameNotByAModifier() {
        Doc doc = HandParsed.text("Ukrinform's war correspondent said it held. The war says nothing. The correspondent said so.")
                .sentence("Ukrinform NNP 4 nmod:poss", "'s POS 1 case", "war NN 4 compound", "correspondent NN 5 nsubj",
                        "said/say VBD 0 root", "it PRP 7 nsubj", "held/hold VBD 5 ccomp", ". . 5 punct")
                .sentence("The DT 2 det", "war NN 3 nsubj", "says/say VBZ 0 root", "nothing NN 3 obj", ". . 3 punct")
                .sentence("The DT 2 det", "correspondent NN 3 nsubj", "said/say VBD 0 root", "so RB 3 advmod",
                        ". . 3 punct")
                .actor("Ukrinform", "UKRMED", "Ukrinform")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        SentenceGraph war = SentenceGraph.of(doc).get(1);
        assertThat(speakers.resolve(war, new int[] {war.first(), war.first() + 1}, war.span(war.first(), war.first() + 1))
                .code()).isNull();
        SentenceGraph correspondent = SentenceGraph.of(doc).get(2);
        assertThat(speakers.resolve(correspondent, new int[] {correspondent.first(), correspondent.first() + 1},
                correspondent.span(correspondent.first(), correspondent.first() + 1)).code()).isEqualTo("UKRMED");
    }

    @Test
    void aBareOfficeHeldFormerlyIsACitizenOfTheContextsState() {
        Doc office = HandParsed.text("Russia says the depot was sabotaged. The former minister says a store burned.")
                .sentence("Russia NNP 2 nsubj", "says/say VBZ 0 root", "the DT 4 det", "depot NN 6 nsubj:pass",
                        "was/be VBD 6 aux:pass", "sabotaged/sabotage VBN 2 ccomp", ". . 2 punct")
                .sentence("The DT 3 det", "former JJ 3 amod", "minister NN 4 nsubj", "says/say VBZ 0 root",
                        "a DT 6 det", "store NN 7 nsubj", "burned/burn VBD 4 ccomp", ". . 4 punct")
                .actor("Russia", "RUS", "Russia")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(office);
        speakers.noteSubjects(SentenceGraph.of(office).get(0), List.of());
        assertThat(speaker(office, speakers, 1).code()).isEqualTo("RUS");
    }

    @Test
    void aDefiniteDescriptionOfAPersonIsTheLatestKnownPersonAndAnIndefiniteOneIsNot() {
        Doc doc = HandParsed.text("Ann Reed spoke. The politician said talks failed. A politician said talks failed.")
                .sentence("Ann NNP 2 compound", "Reed NNP 3 nsubj", "spoke/speak VBD 0 root", ". . 3 punct")
                .sentence("The DT 2 det", "politician NN 3 nsubj", "said/say VBD 0 root", "talks NNS 5 nsubj",
                        "failed/fail VBD 3 ccomp", ". . 3 punct")
                .sentence("A DT 2 det", "politician NN 3 nsubj", "said/say VBD 0 root", "talks NNS 5 nsubj",
                        "failed/fail VBD 3 ccomp", ". . 3 punct")
                .actor("Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        ActorRef the = speaker(doc, speakers, 1);
        assertThat(the.code()).isEqualTo("USALEG");
        assertThat(the.antecedent().of(doc.text())).isEqualTo("Ann Reed");
        assertThat(speaker(doc, speakers, 2).code()).isNull();
    }

    @Test
    void aCompanyOrBusinessTitleAfterTheCountryIsItsBusinessSector() {
        Doc doc = HandParsed.text("Russian oil firm Petrol said the war must end.")
                .sentence("Russian JJ 4 amod", "oil NN 3 compound", "firm NN 4 compound", "Petrol NNP 5 nsubj",
                        "said/say VBD 0 root", "the DT 7 det", "war NN 9 nsubj", "must MD 9 aux", "end VB 5 ccomp",
                        ". . 5 punct")
                .actor("Russian", "RUS", "Russia")
                .build();
        assertThat(speaker(doc, new SpeakerResolver(doc), 0).code()).isEqualTo("RUSBUS");
    }

    private static String sourceOfCue(Doc doc, String lemma) {
        SentenceGraph g = SentenceGraph.of(doc).get(0);
        Cue cue = CueFinder.find(g).stream().filter(c -> c.lemma().equals(lemma)).findFirst().orElseThrow();
        int[] source = SpeakerResolver.sourceOf(g, cue);
        return g.span(source[0], source[1]).of(doc.text());
    }

    @Test
    void aParticipleAfterAReportGoesOnForTheReporterWhereverTheParserHungIt() {
        // on the reported clause's verb, whose subject said nothing
        Doc held = HandParsed.text("The envoy said the ceasefire had mostly held, stressing that both sides still "
                        + "exchanged fire near the river.")
                .sentence("The/the DT 2 det", "envoy NN 3 nsubj", "said/say VBD 0 root", "the DT 5 det",
                        "ceasefire NN 8 nsubj", "had/have VBD 8 aux", "mostly RB 8 advmod", "held/hold VBN 3 ccomp",
                        ", , 8 punct", "stressing/stress VBG 8 dep", "that IN 15 mark", "both DT 13 det",
                        "sides/side NNS 15 nsubj", "still RB 15 advmod", "exchanged/exchange VBD 10 ccomp",
                        "fire NN 15 obj", "near IN 19 case", "the DT 19 det", "river NN 15 obl", ". . 3 punct")
                .build();
        assertThat(sourceOfCue(held, "stress")).isEqualTo("The envoy");
        // on the speaker inverted after a dash-opened remark
        Doc harvest = HandParsed.text("- The harvest was smaller than last year - said the farm minister, noting that "
                        + "exports will fall.")
                .sentence("- NFP 5 punct", "The/the DT 3 det", "harvest NN 5 nsubj", "was/be VBD 5 cop",
                        "smaller/small JJR 0 root", "than IN 8 case", "last JJ 8 amod", "year NN 5 obl",
                        "- HYPH 5 punct", "said/say VBD 5 dep", "the DT 13 det", "farm NN 13 compound",
                        "minister NN 10 obj", ", , 13 punct", "noting/note VBG 13 acl", "that IN 19 mark",
                        "exports/export NNS 19 nsubj", "will MD 19 aux", "fall VB 15 ccomp", ". . 5 punct")
                .build();
        assertThat(sourceOfCue(harvest, "note")).isEqualTo("the farm minister");
        // on the inverted reporting verb itself
        Doc talks = HandParsed.text("- The talks went nowhere and the next round was cancelled - said the foreign "
                        + "minister, adding that he would call his counterpart.")
                .sentence("- NFP 4 punct", "The/the DT 3 det", "talks/talk NNS 4 nsubj", "went/go VBD 0 root",
                        "nowhere RB 4 advmod", "and CC 11 cc", "the DT 9 det", "next JJ 9 amod",
                        "round NN 11 nsubj:pass", "was/be VBD 11 aux:pass", "cancelled/cancel VBN 4 conj",
                        "- HYPH 11 punct", "said/say VBD 4 dep", "the DT 16 det", "foreign JJ 16 amod",
                        "minister NN 13 obj", ", , 13 punct", "adding/add VBG 13 dep", "that IN 22 mark",
                        "he PRP 22 nsubj", "would MD 22 aux", "call VB 18 ccomp", "his/he PRP$ 24 nmod:poss",
                        "counterpart NN 22 obj", ". . 4 punct")
                .build();
        assertThat(sourceOfCue(talks, "add")).isEqualTo("the foreign minister");
        // the object of a reporting verb that comes first is whom it addresses, not an inverted speaker
        Doc urge = HandParsed.text("The minister used the visit to urge the allies to send more shells, stressing that "
                        + "stocks are low.")
                .sentence("The/the DT 2 det", "minister NN 3 nsubj", "used/use VBD 0 root", "the DT 5 det",
                        "visit NN 3 obj", "to IN 7 mark", "urge VB 3 advcl", "the DT 9 det", "allies/ally NNS 7 obj",
                        "to TO 11 mark", "send VB 7 xcomp", "more JJR 13 amod", "shells/shell NNS 11 obj",
                        ", , 7 punct", "stressing/stress VBG 7 dep", "that IN 19 mark", "stocks/stock NNS 19 nsubj",
                        "are/be VBP 19 cop", "low JJ 15 ccomp", ". . 3 punct")
                .build();
        assertThat(sourceOfCue(urge, "stress")).isEqualTo("The minister");
    }

    @Test
    void aReportingVerbHungOnTheReportedClauseGoesOnForTheReporter() {
        Doc doc = HandParsed.text("The mayor said Norway is becoming a key partner and quickly added that Sweden also helps.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "said/say VBD 0 root", "Norway NNP 6 nsubj", "is/be VBZ 6 aux",
                        "becoming/become VBG 3 ccomp", "a DT 9 det", "key JJ 9 amod", "partner NN 6 xcomp", "and CC 12 cc",
                        "quickly RB 12 advmod", "added/add VBD 6 conj", "that IN 16 mark", "Sweden NNP 16 nsubj",
                        "also RB 16 advmod", "helps/help VBZ 12 ccomp", ". . 3 punct")
                .actor("Norway", "NOR", "Norway").actor("Sweden", "SWE", "Sweden")
                .build();
        assertThat(sourceOfCue(doc, "add")).isEqualTo("The mayor");
        // a reporting verb joined to a reported reporting verb shares that one's subject
        Doc denied = HandParsed.text("The envoy said Moscow denied and rejected the claims.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "said/say VBD 0 root", "Moscow NNP 5 nsubj",
                        "denied/deny VBD 3 ccomp", "and CC 7 cc", "rejected/reject VBD 5 conj", "the DT 9 det",
                        "claims NNS 7 obj", ". . 3 punct")
                .actor("Moscow", "RUS", "Russia")
                .build();
        assertThat(sourceOfCue(denied, "reject")).isEqualTo("Moscow");
    }

    @Test
    void anOutletNamedByItsKindAfterTheCountryIsItsMedia() {
        Doc doc = HandParsed.text("The Belarusian Telegram channel Zorka reported that the bridge was closed.")
                .sentence("The DT 5 det", "Belarusian JJ 5 amod", "Telegram NNP 4 compound", "channel NN 5 compound",
                        "Zorka NNP 6 nsubj", "reported/report VBD 0 root", "that IN 10 mark", "the DT 9 det",
                        "bridge NN 10 nsubj:pass", "was/be VBD 10 aux:pass", "closed/close VBN 6 ccomp", ". . 6 punct")
                .actor("Belarusian", "BLR", "Belarus")
                .build();
        assertThat(speaker(doc, new SpeakerResolver(doc), 0).code()).isEqualTo("BLRMED");
        Doc outlet = HandParsed.text("Georgian independent news outlet Mta said the talks stalled.")
                .sentence("Georgian JJ 5 amod", "independent JJ 5 amod", "news NN 4 compound", "outlet NN 5 compound",
                        "Mta NNP 6 nsubj", "said/say VBD 0 root", "the DT 8 det", "talks NNS 9 nsubj",
                        "stalled/stall VBD 6 ccomp", ". . 6 punct")
                .actor("Georgian", "GEO", "Georgia")
                .build();
        assertThat(speaker(outlet, new SpeakerResolver(outlet), 0).code()).isEqualTo("GEOMED");
    }

    @Test
    void speakersJoinedByAndShareTheirCountryOrAreNoOneActor() {
        Doc two = HandParsed.text("Hungary and Slovakia said they would not send arms.")
                .sentence("Hungary NNP 4 nsubj", "and CC 3 cc", "Slovakia NNP 1 conj", "said/say VBD 0 root",
                        "they PRP 7 nsubj", "would MD 7 aux", "not RB 7 advmod", "send VB 4 ccomp", "arms NNS 7 obj",
                        ". . 4 punct")
                .actor("Hungary", "HUN", "Hungary").actor("Slovakia", "SVK", "Slovakia")
                .build();
        assertThat(speaker(two, new SpeakerResolver(two), 0).code()).isNull();
        Doc one = HandParsed.text("Kyiv and the Ukrainian army said the town held.")
                .sentence("Kyiv NNP 6 nsubj", "and CC 5 cc", "the DT 5 det", "Ukrainian JJ 5 amod", "army NN 1 conj",
                        "said/say VBD 0 root", "the DT 8 det", "town NN 9 nsubj", "held/hold VBD 6 ccomp", ". . 6 punct")
                .actor("Kyiv", "UKRGOV", "Ukraine").actor("Ukrainian army", "UKRMIL", "Ukraine")
                .build();
        assertThat(speaker(one, new SpeakerResolver(one), 0).code()).isEqualTo("UKR");
    }

    @Test
    void aSubjectOfWhatSomeoneWasAskedIsNoAntecedent() {
        Doc doc = HandParsed.text("Ann Reed was asked whether Ivan Orlov had decided. He said he had.")
                .sentence("Ann NNP 2 compound", "Reed NNP 4 nsubj:pass", "was VBD 4 aux:pass", "asked/ask VBN 0 root",
                        "whether IN 9 mark", "Ivan NNP 7 compound", "Orlov NNP 9 nsubj", "had VBD 9 aux",
                        "decided/decide VBN 4 ccomp", ". . 4 punct")
                .sentence("He PRP 2 nsubj", "said/say VBD 0 root", "he PRP 4 nsubj", "had/have VBD 2 ccomp", ". . 2 punct")
                .actor("Ann Reed", "USAGOV", "Ann Reed").person("Ann Reed")
                .actor("Ivan Orlov", "RUSGOV", "Ivan Orlov").person("Ivan Orlov")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        assertThat(speaker(doc, speakers, 1).code()).isEqualTo("USAGOV");
    }

    @Test
    void aRelativeWhoSpeaksForTheNounItFollows() {
        Doc doc = HandParsed.text("It was repeated by minister Anna Wells, who stated that the door stays open.")
                .sentence("It PRP 3 nsubj:pass", "was/be VBD 3 aux:pass", "repeated/repeat VBN 0 root", "by IN 7 case",
                        "minister NN 7 compound", "Anna NNP 7 compound", "Wells NNP 3 obl", ", , 10 punct",
                        "who WP 10 nsubj", "stated/state VBD 7 acl:relcl", "that IN 15 mark", "the DT 13 det",
                        "door NN 15 nsubj", "stays/stay VBZ 15 cop", "open JJ 10 ccomp", ". . 3 punct")
                .actor("minister Anna Wells", "GBRGOV", "Anna Wells").person("Anna Wells")
                .build();
        List<org.sitrep.model.Claim> claims = new ClaimExtractor(null).apply(doc).get(org.sitrep.model.Layer.CLAIMS);
        org.sitrep.model.Claim stated = claims.stream().filter(c -> c.cueLemma().equals("state")).findFirst().orElseThrow();
        assertThat(stated.source().mention().of(doc.text())).isEqualTo("who");
        assertThat(stated.source().code()).isEqualTo("GBRGOV");
        assertThat(stated.content().of(doc.text())).isEqualTo("the door stays open");
    }

    @Test
    void someoneOfABodyNamedBeforeSpeaksForIt() {
        Doc doc = HandParsed.text("Steel maker Acron reported a profit. Acron's chief Ivo Kral said prices rose.")
                .sentence("Steel NN 2 compound", "maker NN 3 compound", "Acron NNP 4 nsubj", "reported/report VBD 0 root",
                        "a DT 6 det", "profit NN 4 obj", ". . 4 punct")
                .sentence("Acron NNP 3 nmod:poss", "'s POS 1 case", "chief NN 5 compound", "Ivo NNP 5 compound",
                        "Kral NNP 6 nsubj", "said/say VBD 0 root", "prices/price NNS 8 nsubj", "rose/rise VBD 6 ccomp",
                        ". . 6 punct")
                .actor("Steel maker Acron", "POLBUS", "Acron").person("Ivo Kral")
                .build();
        List<org.sitrep.model.Claim> claims = new ClaimExtractor(null).apply(doc).get(org.sitrep.model.Layer.CLAIMS);
        org.sitrep.model.Claim said = claims.stream().filter(c -> c.cueLemma().equals("say")).findFirst().orElseThrow();
        assertThat(said.source().code()).isEqualTo("POLBUS");
    }
    /** "The ministry announced the visit.[gap] The statement said talks would follow." with the gap given. */
    private static Doc statementAfter(String gap) {
        String text = "The ministry announced the visit." + gap + "The statement said talks would follow.";
        HandParsed h = HandParsed.text(text)
                .sentence("The DT 2 det", "ministry NN 3 nsubj", "announced/announce VBD 0 root", "the DT 5 det",
                        "visit NN 3 obj", ". . 3 punct");
        if (!gap.isBlank())
            h = h.sentence("The DT 2 det", "town NN 4 nsubj", "was/be VBD 4 cop", "quiet JJ 0 root", ". . 4 punct");
        return h.sentence("The DT 2 det", "statement NN 3 nsubj", "said/say VBD 0 root", "talks/talk NNS 6 nsubj",
                        "would MD 6 aux", "follow VB 3 ccomp", ". . 3 punct")
                .actor("ministry", "JPNGOV", "Ministry of Foreign Affairs of Japan")
                .build();
    }

    @Test
    void aDocumentSpeaksForTheBodyJustNamed() {
        Doc doc = statementAfter(" ");
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        ActorRef ref = speaker(doc, speakers, 1);
        assertThat(ref.mention().of(doc.text())).isEqualTo("The statement");
        assertThat(ref.code()).isEqualTo("JPNGOV");
    }

    @Test
    void aDocumentTwoParagraphsAfterTheBodyStaysUncoded() {
        Doc doc = statementAfter("\n\nThe town was quiet.\n\n");
        SpeakerResolver speakers = new SpeakerResolver(doc);
        for (SentenceGraph g : SentenceGraph.of(doc).subList(0, 2)) speakers.noteSubjects(g, List.of());
        assertThat(speaker(doc, speakers, 2).code()).isNull();
    }

    @Test
    void aPronounInAClauseHungOnAnotherIsThatClausesSubject() {
        Doc doc = HandParsed.text("Ann Reed spoke first. Ivan Orlov toured the port, where he said ships were safe.")
                .sentence("Ann NNP 2 compound", "Reed NNP 3 nsubj", "spoke/speak VBD 0 root", "first RB 3 advmod",
                        ". . 3 punct")
                .sentence("Ivan NNP 2 compound", "Orlov NNP 3 nsubj", "toured/tour VBD 0 root", "the DT 5 det",
                        "port NN 3 obj", ", , 5 punct", "where WRB 9 advmod", "he PRP 9 nsubj",
                        "said/say VBD 5 acl:relcl", "ships NNS 12 nsubj", "were/be VBD 12 cop", "safe JJ 9 ccomp",
                        ". . 3 punct")
                .actor("Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .actor("Ivan Orlov", "UKRGOV", "Ivan Orlov").person("Ivan Orlov")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        ActorRef he = speaker(doc, speakers, 1);
        assertThat(he.code()).isEqualTo("UKRGOV");
        assertThat(he.antecedent().of(doc.text())).isEqualTo("Ivan Orlov");
    }

    @Test
    void aPronounInAClauseHungOnAnotherPassesOverASubjectOfTheOtherKind() {
        Doc doc = HandParsed.text("Ann Reed spoke first. The navy sailed as she said it would sail.")
                .sentence("Ann NNP 2 compound", "Reed NNP 3 nsubj", "spoke/speak VBD 0 root", "first RB 3 advmod",
                        ". . 3 punct")
                .sentence("The DT 2 det", "navy NN 3 nsubj", "sailed/sail VBD 0 root", "as IN 6 mark",
                        "she PRP 6 nsubj", "said/say VBD 3 advcl", "it PRP 9 nsubj", "would MD 9 aux",
                        "sail VB 6 ccomp", ". . 3 punct")
                .actor("Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .actor("navy", "USAMIL", "US Navy")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        assertThat(speaker(doc, speakers, 1).code()).isEqualTo("USALEG");
    }

    @Test
    void aPersonDescribedWithoutACodeIsStillTheNearestAntecedent() {
        Doc doc = HandParsed.text("Ann Reed spoke first. The painter said talks failed. He said more.")
                .sentence("Ann NNP 2 compound", "Reed NNP 3 nsubj", "spoke/speak VBD 0 root", "first RB 3 advmod",
                        ". . 3 punct")
                .sentence("The DT 2 det", "painter NN 3 nsubj", "said/say VBD 0 root", "talks NNS 5 nsubj",
                        "failed/fail VBD 3 ccomp", ". . 3 punct")
                .sentence("He PRP 2 nsubj", "said/say VBD 0 root", "more JJR 2 obj", ". . 2 punct")
                .actor("Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        speakers.noteSubjects(SentenceGraph.of(doc).get(1), List.of());
        ActorRef he = speaker(doc, speakers, 2);
        assertThat(he.code()).isNull();
        assertThat(he.antecedent().of(doc.text())).isEqualTo("The painter");
    }

    @Test
    void aDefiniteDescriptionCodedLikeAnEarlierNamedPersonIsThatPerson() {
        Doc doc = HandParsed.text("Ivan Orlov spoke first. The Russian tycoon said talks failed. He said more.")
                .sentence("Ivan NNP 2 compound", "Orlov NNP 3 nsubj", "spoke/speak VBD 0 root", "first RB 3 advmod",
                        ". . 3 punct")
                .sentence("The DT 3 det", "Russian JJ 3 amod", "tycoon NN 4 nsubj", "said/say VBD 0 root",
                        "talks NNS 6 nsubj", "failed/fail VBD 4 ccomp", ". . 4 punct")
                .sentence("He PRP 2 nsubj", "said/say VBD 0 root", "more JJR 2 obj", ". . 2 punct")
                .actor("Ivan Orlov", "RUSBUS", "Ivan Orlov").person("Ivan Orlov")
                .actor("Russian", "RUS", "Russia")
                .build();
        SpeakerResolver speakers = new SpeakerResolver(doc);
        speakers.noteSubjects(SentenceGraph.of(doc).get(0), List.of());
        speakers.noteSubjects(SentenceGraph.of(doc).get(1), List.of());
        ActorRef he = speaker(doc, speakers, 2);
        assertThat(he.code()).isEqualTo("RUSBUS");
        assertThat(he.antecedent().of(doc.text())).isEqualTo("Ivan Orlov");
    }
}
