package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitrep.testkit.HandParsed;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Claim;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.TestDocs;

/** The whole rule extractor (no learned tagger) on hand-parsed documents, empty input and random parses. */
class ClaimExtractorTest {
    private static final ClaimExtractor RULES = new ClaimExtractor(null);

    @Test
    void aReportedStatementBecomesOneClaimWithEveryPart() {
        Doc doc = RULES.apply(ClaimFixtures.saidOnTuesday());
        List<Claim> claims = doc.get(Layer.CLAIMS);
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.cue().of(doc.text())).isEqualTo("said");
        assertThat(c.cueLemma()).isEqualTo("say");
        assertThat(c.source().code()).isEqualTo("RUSGOVMIL");
        assertThat(c.chain()).extracting(ActorRef::name).containsExactly("Test Wire", "Ministry of Defence of the Russian Federation");
        assertThat(c.content().of(doc.text())).isEqualTo("its forces had captured the village");
        assertThat(c.evidence().stage()).isEqualTo("claims");
        assertThat(c.evidence().confidence()).isEqualTo(0.75);
        assertThat(c.evidence().span().of(doc.text())).isEqualTo("Russia's Defence Ministry said on Tuesday that its forces had captured the village");
        assertThat(c.firstTime()).isFalse();
    }

    @Test
    void aCommandCarriedOutIsNoClaimButAnOrderThatSaysSomethingIs() {
        Doc act = HandParsed.text("The governor ordered the evacuation of two villages.")
                .sentence("The DT 2 det", "governor NN 3 nsubj", "ordered/order VBD 0 root", "the DT 5 det",
                        "evacuation NN 3 obj", "of IN 8 case", "two CD 8 nummod", "villages/village NNS 5 nmod", ". . 3 punct")
                .build();
        assertThat(RULES.apply(act).get(Layer.CLAIMS)).isEmpty();
        Doc troops = HandParsed.text("The general instructed his units to dig in.")
                .sentence("The DT 2 det", "general NN 3 nsubj", "instructed/instruct VBD 0 root", "his PRP$ 5 nmod:poss",
                        "units/unit NNS 3 obj", "to TO 7 mark", "dig VB 3 xcomp", "in RP 7 compound:prt", ". . 3 punct")
                .build();
        assertThat(RULES.apply(troops).get(Layer.CLAIMS)).isEmpty();
        Doc issued = HandParsed.text("A tribunal issued an order to seize the tanker.")
                .sentence("A DT 2 det", "tribunal NN 3 nsubj", "issued/issue VBD 0 root", "an DT 5 det", "order NN 3 obj",
                        "to TO 7 mark", "seize VB 5 acl", "the DT 9 det", "tanker NN 7 obj", ". . 3 punct")
                .build();
        assertThat(RULES.apply(issued).get(Layer.CLAIMS)).isEmpty();
        // a quotation in an adjunct gives a reason, it does not quote the order (here hung on the infinitive)
        Doc reason = HandParsed.text("The admiral ordered the fleet to sail, citing “new threats”.")
                .sentence("The DT 2 det", "admiral NN 3 nsubj", "ordered/order VBD 0 root", "the DT 5 det", "fleet NN 3 obj",
                        "to TO 7 mark", "sail VB 3 xcomp", ", , 9 punct", "citing/cite VBG 7 advcl", "“ `` 12 punct",
                        "new JJ 12 amod", "threats/threat NNS 9 obj", "” '' 12 punct", ". . 3 punct")
                .build();
        assertThat(RULES.apply(reason).get(Layer.CLAIMS)).extracting(Claim::cueLemma).doesNotContain("order");
        Doc words = HandParsed.text("The admiral ordered the fleet to “sail at once”.")
                .sentence("The DT 2 det", "admiral NN 3 nsubj", "ordered/order VBD 0 root", "the DT 5 det", "fleet NN 3 obj",
                        "to TO 8 mark", "“ `` 8 punct", "sail VB 3 xcomp", "at IN 10 case", "once RB 8 obl", "” '' 8 punct",
                        ". . 3 punct")
                .build();
        assertThat(RULES.apply(words).get(Layer.CLAIMS)).extracting(Claim::cueLemma).containsExactly("order");
        // an order that goes with a decision announced with its reasons is part of that announcement
        Doc decided = HandParsed.text("The emir decided to send ships, citing the accord, and issued an order to sail.")
                .sentence("The DT 2 det", "emir NN 3 nsubj", "decided/decide VBD 0 root", "to TO 5 mark", "send VB 3 xcomp",
                        "ships/ship NNS 5 obj", ", , 8 punct", "citing/cite VBG 5 advcl", "the DT 10 det", "accord NN 8 obj",
                        ", , 13 punct", "and CC 13 cc", "issued/issue VBD 3 conj", "an DT 15 det", "order NN 13 obj",
                        "to TO 17 mark", "sail VB 15 acl", ". . 3 punct")
                .build();
        assertThat(RULES.apply(decided).get(Layer.CLAIMS)).extracting(Claim::cueLemma).contains("issue order");
        Doc onInfinitive = HandParsed.text("The emir decided to send ships, citing the accord, and issued an order to sail.")
                .sentence("The DT 2 det", "emir NN 3 nsubj", "decided/decide VBD 0 root", "to TO 5 mark", "send VB 3 xcomp",
                        "ships/ship NNS 5 obj", ", , 8 punct", "citing/cite VBG 5 advcl", "the DT 10 det", "accord NN 8 obj",
                        ", , 13 punct", "and CC 13 cc", "issued/issue VBD 5 conj", "an DT 15 det", "order NN 13 obj",
                        "to TO 17 mark", "sail VB 15 acl", ". . 3 punct")
                .build();
        assertThat(RULES.apply(onInfinitive).get(Layer.CLAIMS)).extracting(Claim::cueLemma).contains("issue order");
        Doc clause = HandParsed.text("The mayor ordered that the bridge stay shut.")
                .sentence("The DT 2 det", "mayor NN 3 nsubj", "ordered/order VBD 0 root", "that IN 7 mark", "the DT 6 det",
                        "bridge NN 7 nsubj", "stay VB 3 ccomp", "shut JJ 7 xcomp", ". . 3 punct")
                .build();
        assertThat(RULES.apply(clause).get(Layer.CLAIMS)).extracting(Claim::cueLemma, Claim::cueClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order", org.sitrep.model.CueClass.ORDER));
    }

    @Test
    void recognizingAStatusIsNoClaimButRecognizingThatSomethingHoldsIs() {
        Doc status = HandParsed.text("The republic recognized the sovereignty of both enclaves.")
                .sentence("The DT 2 det", "republic NN 3 nsubj", "recognized/recognize VBD 0 root", "the DT 5 det",
                        "sovereignty NN 3 obj", "of IN 8 case", "both DT 8 det", "enclaves/enclave NNS 5 nmod", ". . 3 punct")
                .build();
        assertThat(RULES.apply(status).get(Layer.CLAIMS)).isEmpty();
        Doc held = HandParsed.text("The panel recognized the shelling as a crime.")
                .sentence("The DT 2 det", "panel NN 3 nsubj", "recognized/recognize VBD 0 root", "the DT 5 det",
                        "shelling NN 3 obj", "as IN 8 case", "a DT 8 det", "crime NN 3 obl", ". . 3 punct")
                .build();
        assertThat(RULES.apply(held).get(Layer.CLAIMS)).extracting(Claim::cueLemma).containsExactly("recognize");
        Doc clause = HandParsed.text("The envoy recognized that the truce had failed.")
                .sentence("The DT 2 det", "envoy NN 3 nsubj", "recognized/recognize VBD 0 root", "that IN 8 mark",
                        "the DT 6 det", "truce NN 8 nsubj", "had/have VBD 8 aux", "failed/fail VBN 3 ccomp", ". . 3 punct")
                .build();
        assertThat(RULES.apply(clause).get(Layer.CLAIMS)).extracting(Claim::cueLemma, Claim::cueClass)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("recognize", org.sitrep.model.CueClass.ACKNOWLEDGE));
    }

    @Test
    void aQuestionPutIsNoClaimButARequestIs() {
        Doc about = HandParsed.text("The anchor asked the envoy about the ceasefire.")
                .sentence("The DT 2 det", "anchor NN 3 nsubj", "asked/ask VBD 0 root", "the DT 5 det", "envoy NN 3 obj",
                        "about IN 8 case", "the DT 8 det", "ceasefire NN 3 obl", ". . 3 punct")
                .build();
        assertThat(RULES.apply(about).get(Layer.CLAIMS)).isEmpty();
        Doc questions = HandParsed.text("Two deputies asked questions about the convoy.")
                .sentence("Two CD 2 nummod", "deputies/deputy NNS 3 nsubj", "asked/ask VBD 0 root",
                        "questions/question NNS 3 obj", "about IN 7 case", "the DT 7 det", "convoy NN 4 nmod", ". . 3 punct")
                .build();
        assertThat(RULES.apply(questions).get(Layer.CLAIMS)).isEmpty();
        Doc request = HandParsed.text("The anchor asked the envoy to stay.")
                .sentence("The DT 2 det", "anchor NN 3 nsubj", "asked/ask VBD 0 root", "the DT 5 det", "envoy NN 3 obj",
                        "to TO 7 mark", "stay VB 3 xcomp", ". . 3 punct")
                .build();
        assertThat(RULES.apply(request).get(Layer.CLAIMS)).extracting(Claim::cueLemma).containsExactly("ask");
    }

    @Test
    void anOutletRelayingASpeakerIsTheChainNotTheSource() {
        Doc relayed = HandParsed.text("Prosecutors said the fine was fair, according to the Daily Star.")
                .sentence("Prosecutors/prosecutor NNS 2 nsubj", "said/say VBD 0 root", "the DT 4 det", "fine NN 6 nsubj",
                        "was/be VBD 6 cop", "fair JJ 2 ccomp", ", , 12 punct", "according/accord VBG 12 case",
                        "to IN 8 fixed", "the DT 12 det", "Daily NNP 12 compound", "Star NNP 2 obl", ". . 2 punct")
                .actor("the Daily Star", "GBRMED", "Daily Star")
                .build();
        List<Claim> claims = RULES.apply(relayed).get(Layer.CLAIMS);
        assertThat(claims).extracting(c -> c.cue().of(relayed.text())).containsExactly("said");
        assertThat(claims.get(0).source().mention().of(relayed.text())).isEqualTo("Prosecutors");
        // a report of the outlet's own, not a speaker's, stays the outlet's
        Doc own = HandParsed.text("The fine was fair, according to the Daily Star.")
                .sentence("The DT 2 det", "fine NN 4 nsubj", "was/be VBD 4 cop", "fair JJ 0 root", ", , 10 punct",
                        "according/accord VBG 10 case", "to IN 6 fixed", "the DT 10 det", "Daily NNP 10 compound",
                        "Star NNP 4 obl", ". . 4 punct")
                .actor("the Daily Star", "GBRMED", "Daily Star")
                .build();
        assertThat(RULES.apply(own).get(Layer.CLAIMS)).extracting(c -> c.source().code()).containsExactly("GBRMED");
    }

    @Test
    void anUnresolvedSourceLowersTheConfidence() {
        Claim c = RULES.apply(ClaimFixtures.accordingTo()).get(Layer.CLAIMS).get(0);
        assertThat(c.source().code()).isNull();
        assertThat(c.evidence().confidence()).isEqualTo(0.5);
        assertThat(c.cueLemma()).isEqualTo("according to");
    }

    @Test
    void aPronounSpeakerIsTheLastSpeakerNotAPersonInsideWhatWasSaid() {
        Doc doc = HandParsed.text("Senator Ann Reed said Ivan Orlov wants war. He added that talks failed.")
                .sentence("Senator NNP 3 compound", "Ann NNP 3 compound", "Reed NNP 4 nsubj", "said/say VBD 0 root",
                        "Ivan NNP 6 compound", "Orlov NNP 7 nsubj", "wants/want VBZ 4 ccomp", "war NN 7 obj", ". . 4 punct")
                .sentence("He/he PRP 2 nsubj", "added/add VBD 0 root", "that IN 6 mark", "talks NNS 6 nsubj",
                        "failed/fail VBD 2 ccomp", ". . 2 punct")
                .actor("Senator Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .actor("Ivan Orlov", "RUSGOV", "Ivan Orlov").person("Ivan Orlov")
                .build();
        List<Claim> claims = RULES.apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::cueLemma).containsExactly("say", "add");
        assertThat(claims.get(1).source().code()).isEqualTo("USALEG");
        assertThat(claims.get(1).source().antecedent().of(doc.text())).isEqualTo("Senator Ann Reed");
    }

    @Test
    void aPronounAfterAQuotationOfSeveralSentencesIsNoOneNamedInIt() {
        String text = "Senator Oleg Reed spoke.\n- Then Ivan Orlov gave up.The port fell first - he said.";
        Doc doc = HandParsed.text(text)
                .sentence("Senator NNP 3 compound", "Oleg NNP 3 compound", "Reed NNP 4 nsubj", "spoke/speak VBD 0 root",
                        ". . 4 punct")
                .sentence("- : 5 punct", "Then RB 5 advmod", "Ivan NNP 4 compound", "Orlov NNP 5 nsubj",
                        "gave/give VBD 0 root", "up RP 5 compound:prt", ". . 5 punct")
                .sentence("The DT 2 det", "port NN 3 nsubj", "fell/fall VBD 0 root", "first RB 3 advmod", "- : 3 punct",
                        "he/he PRP 7 nsubj", "said/say VBD 3 parataxis", ". . 3 punct")
                .actor("Senator Oleg Reed", "USALEG", "Oleg Reed").person("Oleg Reed")
                .actor("Ivan Orlov", "RUSGOV", "Ivan Orlov").person("Ivan Orlov")
                .build();
        List<Claim> claims = RULES.apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(c -> c.content().of(text)).containsExactly("Then Ivan Orlov gave up.The port fell first");
        // Orlov is the subject of a sentence of the quotation before the one with its cue: talked about, not quoted
        assertThat(claims.get(0).source().code()).isEqualTo("USALEG");
        assertThat(claims.get(0).source().antecedent().of(text)).isEqualTo("Senator Oleg Reed");
    }

    @Test
    void aBareSurnameOfANamedPersonIsAPersonForALaterPronoun() {
        String text = "Ann Reed spoke in Oslo. Ivan Orlov visited Kyiv. Reed said the plan failed. She added that talks stalled.";
        Doc doc = HandParsed.text(text)
                .sentence("Ann NNP 2 compound", "Reed NNP 3 nsubj", "spoke/speak VBD 0 root", "in IN 5 case", "Oslo NNP 3 obl",
                        ". . 3 punct")
                .sentence("Ivan NNP 2 compound", "Orlov NNP 3 nsubj", "visited/visit VBD 0 root", "Kyiv NNP 3 obj", ". . 3 punct")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "the DT 4 det", "plan NN 5 nsubj", "failed/fail VBD 2 ccomp",
                        ". . 2 punct")
                .sentence("She/she PRP 2 nsubj", "added/add VBD 0 root", "that IN 5 mark", "talks NNS 5 nsubj",
                        "stalled/stall VBD 2 ccomp", ". . 2 punct")
                // the tagger marks the full names only, as it often leaves a bare surname unmarked
                .actor("Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .actor("Ivan Orlov", "RUSGOV", "Ivan Orlov").person("Ivan Orlov")
                .actor("Reed", text.indexOf("Reed said"), "USALEG", "Ann Reed")
                .build();
        List<Claim> claims = RULES.apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::cueLemma).containsExactly("say", "add");
        assertThat(claims.get(1).source().code()).isEqualTo("USALEG");
    }

    @Test
    void aSpeakerAfterAccordingToIsAnAntecedentToo() {
        Doc doc = HandParsed.text("According to Ann Reed, the town fell. She said the army left.")
                .sentence("According/accord VBG 3 case", "to TO 1 fixed", "Ann NNP 4 compound", "Reed NNP 8 obl",
                        ", , 8 punct", "the DT 7 det", "town NN 8 nsubj", "fell/fall VBD 0 root", ". . 8 punct")
                .sentence("She/she PRP 2 nsubj", "said/say VBD 0 root", "the DT 4 det", "army NN 5 nsubj",
                        "left/leave VBD 2 ccomp", ". . 2 punct")
                .actor("Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .build();
        List<Claim> claims = RULES.apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::cueLemma).containsExactly("according to", "say");
        assertThat(claims.get(1).source().code()).isEqualTo("USALEG");
    }

    @Test
    void claimsComeInTextOrder() {
        List<Claim> claims = RULES.apply(ClaimFixtures.denialThenPronoun()).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::cueLemma).containsExactly("deny", "say");
    }

    @Test
    void anEmptyDocumentHasNoClaims() {
        Doc empty = TestDocs.tokenized("").with(Layer.DEPENDENCIES, List.of()).with(Layer.ENTITIES, List.of())
                .with(Layer.TIMEXES, List.of()).with(Layer.TIMES, List.of()).with(Layer.ACTORS, List.of());
        assertThat(RULES.apply(empty).get(Layer.CLAIMS)).isEmpty();
        Doc tokensOnly = TestDocs.tokenized("Kyiv said the town held.").with(Layer.DEPENDENCIES, List.of())
                .with(Layer.ENTITIES, List.of()).with(Layer.TIMEXES, List.of()).with(Layer.TIMES, List.of())
                .with(Layer.ACTORS, List.of());
        assertThat(RULES.apply(tokensOnly).get(Layer.CLAIMS)).isEmpty();
    }

    private static final List<String> WORDS = List.of("said/say", "denied/deny", "according/accord", "to", "that",
            "it", "he", "this", "was/be", "reported/report", "by", "the", "ministry", "Kyiv", "Moscow", "called/call",
            "on", "first", "time", "allegedly", "\"", "“", "”", ",", ".", "violates/violate", "told/tell", "at",
            "Tuesday", "claimed/claim", "officially", "confirmation");
    private static final List<String> TAGS = List.of("VBD", "VBN", "NN", "NNP", "PRP", "DT", "IN", "TO", "JJ", "RB",
            ",", ".", "``", "''", "CC");
    private static final List<String> RELATIONS = List.of("nsubj", "nsubj:pass", "obj", "ccomp", "xcomp", "parataxis",
            "obl", "case", "det", "advmod", "punct", "conj", "compound:prt", "acl:relcl", "mark", "aux", "cop", "fixed");

    /** One token of a random parse: word index, tag index, head offset, relation index. */
    record Row(int word, int tag, int head, int rel) {}

    @Provide
    Arbitrary<List<List<Row>>> parses() {
        Arbitrary<Row> row = Combinators.combine(Arbitraries.integers().between(0, WORDS.size() - 1),
                Arbitraries.integers().between(0, TAGS.size() - 1), Arbitraries.integers().between(-1, 40),
                Arbitraries.integers().between(0, RELATIONS.size() - 1)).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(25).list().ofMinSize(0).ofMaxSize(4);
    }

    @Property(tries = 300)
    void randomParsesNeverThrowAndKeepOffsetsInside(@ForAll("parses") List<List<Row>> sentences) {
        Doc doc = RULES.apply(randomDoc(sentences));
        Invariants.check(doc);
        int length = doc.text().length();
        Span previous = null;
        for (Claim c : doc.get(Layer.CLAIMS)) {
            for (Span s : List.of(c.cue(), c.content(), c.evidence().span()))
                assertThat(s.end()).as("%s inside the text", s).isLessThanOrEqualTo(length);
            assertThat(c.evidence().span().contains(c.cue())).as("evidence holds the cue").isTrue();
            assertThat(c.evidence().span().contains(c.content())).as("evidence holds the content").isTrue();
            assertThat(c.chain()).isNotEmpty();
            assertThat(c.chain().get(c.chain().size() - 1)).isEqualTo(c.source());
            if (previous != null) assertThat(c.cue().compareTo(previous)).as("claims in cue order").isGreaterThanOrEqualTo(0);
            previous = c.cue();
        }
    }

    /** Random words and a random (possibly cyclic, possibly crossing) dependency graph per sentence. */
    private static Doc randomDoc(List<List<Row>> sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sents = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<ActorMention> actors = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        for (List<Row> rows : sentences) {
            int first = tokens.size(), sentenceStart = text.length();
            for (Row r : rows) {
                String[] w = WORDS.get(r.word()).split("/");
                if (text.length() > 0) text.append(' ');
                Span s = new Span(text.length(), text.length() + w[0].length());
                text.append(w[0]);
                tokens.add(new Token(s, sents.size(), TAGS.get(r.tag()), w.length > 1 ? w[1] : w[0].toLowerCase(), "O"));
                if (w[0].equals("Kyiv") || w[0].equals("Moscow"))
                    actors.add(new ActorMention(s, w[0].equals("Kyiv") ? "UKR" : "RUS", w[0], "actor", null));
                if (w[0].equals("ministry")) entities.add(new EntityMention(s, "ORGANIZATION", 1));
            }
            int n = rows.size();
            for (int i = 0; i < n; i++) {
                int head = rows.get(i).head() < 0 ? -1 : first + rows.get(i).head() % n;
                deps.add(new Dependency(head == first + i ? -1 : head, first + i, head < 0 ? "root" : RELATIONS.get(rows.get(i).rel())));
            }
            sents.add(new Sentence(new Span(sentenceStart, text.length()), first, tokens.size()));
        }
        Doc doc = Doc.of(TestDocs.article(text.toString()));
        List<ActorMention> withEvidence = actors.stream().map(a -> new ActorMention(a.span(), a.code(), a.name(), a.role(),
                new Evidence(doc.article().id(), a.span(), "test", "1", 1))).toList();
        List<TimeExpression> timexes = new ArrayList<>();
        List<TimeMention> times = new ArrayList<>();
        return doc.with(Layer.SENTENCES, sents).with(Layer.TOKENS, tokens).with(Layer.DEPENDENCIES, deps)
                .with(Layer.ENTITIES, entities).with(Layer.ACTORS, withEvidence).with(Layer.TIMEXES, timexes)
                .with(Layer.TIMES, times);
    }
    @Test
    void aFirstPersonCueInsideAQuotationIsPartOfIt() {
        Doc doc = HandParsed.text("Reed spoke.\n\n\u201CI announce more aid today, and we expect more.\u201D")
                .sentence("Reed NNP 2 nsubj", "spoke/speak VBD 0 root", ". . 2 punct")
                .sentence("\u201C `` 3 punct", "I/I PRP 3 nsubj", "announce VBP 0 root", "more JJR 5 amod", "aid NN 3 obj",
                        "today NN 3 obl:tmod", ", , 3 punct", "and CC 10 cc", "we PRP 10 nsubj", "expect VBP 3 conj",
                        "more JJR 10 obj", ". . 3 punct", "\u201D '' 3 punct")
                .actor("Reed", "USAGOV", "Ann Reed").person("Reed")
                .build();
        assertThat(RULES.apply(doc).get(Layer.CLAIMS)).isEmpty();
        Doc unquoted = HandParsed.text("I announce more aid today.")
                .sentence("I/I PRP 2 nsubj", "announce VBP 0 root", "more JJR 4 amod", "aid NN 2 obj", "today NN 2 obl:tmod",
                        ". . 2 punct")
                .build();
        assertThat(RULES.apply(unquoted).get(Layer.CLAIMS)).hasSize(1);
    }

    @Test
    void aPrepositionalPhraseAloneIsNoContent() {
        Doc where = HandParsed.text("Tourists are welcome in the resorts.")
                .sentence("Tourists/tourist NNS 3 nsubj", "are/be VBP 3 cop", "welcome JJ 0 root", "in IN 6 case",
                        "the DT 6 det", "resorts/resort NNS 3 obl", ". . 3 punct")
                .build();
        assertThat(RULES.apply(where).get(Layer.CLAIMS)).isEmpty();
        Doc concern = HandParsed.text("Reed is concerned about the deployment.")
                .sentence("Reed NNP 3 nsubj", "is/be VBZ 3 cop", "concerned JJ 0 root", "about IN 6 case", "the DT 6 det",
                        "deployment NN 3 obl", ". . 3 punct")
                .actor("Reed", "USAGOV", "Ann Reed").person("Reed")
                .build();
        assertThat(RULES.apply(concern).get(Layer.CLAIMS)).extracting(c -> c.content().of(concern.text()))
                .containsExactly("about the deployment");
        Doc clause = HandParsed.text("Reed said in the case of the port the damage was small.")
                .sentence("Reed NNP 2 nsubj", "said/say VBD 0 root", "in IN 5 case", "the DT 5 det", "case NN 12 obl",
                        "of IN 8 case", "the DT 8 det", "port NN 5 nmod", "the DT 10 det", "damage NN 12 nsubj",
                        "was/be VBD 12 cop", "small JJ 2 ccomp", ". . 2 punct")
                .actor("Reed", "USAGOV", "Ann Reed").person("Reed")
                .build();
        assertThat(RULES.apply(clause).get(Layer.CLAIMS)).extracting(c -> c.content().of(clause.text()))
                .containsExactly("in the case of the port the damage was small");
    }

    @Test
    void aPersonQuotedBeforeTheTitleIsCodedByIt() {
        String text = "Ann Reed said talks failed. Belarusian envoy Ann Reed said the army left.";
        Doc doc = HandParsed.text(text)
                .sentence("Ann NNP 2 compound", "Reed NNP 3 nsubj", "said/say VBD 0 root", "talks NNS 5 nsubj",
                        "failed/fail VBD 3 ccomp", ". . 3 punct")
                .sentence("Belarusian JJ 4 amod", "envoy NN 4 compound", "Ann NNP 4 compound", "Reed NNP 5 nsubj",
                        "said/say VBD 0 root", "the DT 7 det", "army NN 8 nsubj", "left/leave VBD 5 ccomp", ". . 5 punct")
                .actor("Belarusian envoy", "BLRGOV", "Belarus").person("Ann Reed").person("Ann Reed", 20)
                .build();
        assertThat(RULES.apply(doc).get(Layer.CLAIMS)).extracting(c -> c.source().code())
                .containsExactly("BLRGOV", "BLRGOV");
    }

    @Test
    void aHeadlineNameBeforeAColonIsTheNextPronounsAntecedent() {
        Doc doc = HandParsed.text("Senator Ann Reed said talks failed.\n\nIvan Orlov: We want peace\n\nHe said the army left.")
                .sentence("Senator NNP 3 compound", "Ann NNP 3 compound", "Reed NNP 4 nsubj", "said/say VBD 0 root",
                        "talks NNS 6 nsubj", "failed/fail VBD 4 ccomp", ". . 4 punct")
                .sentence("Ivan NNP 2 compound", "Orlov NNP 0 root", ": : 2 punct", "We/we PRP 5 nsubj", "want VBP 2 parataxis",
                        "peace NN 5 obj")
                .sentence("He/he PRP 2 nsubj", "said/say VBD 0 root", "the DT 4 det", "army NN 5 nsubj",
                        "left/leave VBD 2 ccomp", ". . 2 punct")
                .actor("Senator Ann Reed", "USALEG", "Ann Reed").person("Ann Reed")
                .actor("Ivan Orlov", "RUSGOV", "Ivan Orlov").person("Ivan Orlov")
                .build();
        List<Claim> claims = RULES.apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(c -> c.source().code()).containsExactly("USALEG", "RUSGOV");
    }

    @Test
    void aFrontedOpinionOfABodyGivesTheBodyAndTheRestOfTheSentence() {
        Doc doc = RULES.apply(HandParsed.text("In the opinion of the British Foreign Office, the strikes will continue.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("In IN 3 case", "the DT 3 det", "opinion NN 13 obl", "of IN 8 case", "the DT 8 det",
                        "British JJ 8 amod", "Foreign NNP 8 compound", "Office NNP 3 nmod", ", , 13 punct", "the DT 11 det",
                        "strikes/strike NNS 13 nsubj", "will/will MD 13 aux", "continue VB 0 root", ". . 13 punct")
                .actor("British Foreign Office", "GBRGOV", "Foreign Office")
                .build());
        List<Claim> claims = doc.get(Layer.CLAIMS);
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).cue().of(doc.text())).isEqualTo("In the opinion of");
        assertThat(claims.get(0).source().mention().of(doc.text())).isEqualTo("the British Foreign Office");
        assertThat(claims.get(0).source().code()).isEqualTo("GBRGOV");
        assertThat(claims.get(0).content().of(doc.text())).isEqualTo("the strikes will continue");
    }

    @Test
    void aTrailingAccordingToOrCitingIsNoPartOfTheContent() {
        Doc doc = RULES.apply(HandParsed.text("Tokyo announced a new fund, according to Reuters.")
                .published(ClaimFixtures.PUBLISHED)
                .sentence("Tokyo NNP 2 nsubj", "announced/announce VBD 0 root", "a DT 5 det", "new JJ 5 amod", "fund NN 2 obj",
                        ", , 9 punct", "according/accord VBG 9 case", "to TO 7 fixed", "Reuters NNP 2 obl", ". . 2 punct")
                .actor("Tokyo", "JPNGOV", "Tokyo")
                .build());
        assertThat(doc.get(Layer.CLAIMS)).filteredOn(c -> c.cueLemma().equals("announce"))
                .extracting(c -> c.content().of(doc.text())).containsExactly("a new fund");
    }

    @Test
    void aNegatedPublishDeclaresNoChannelAndTheSentenceKeepsItsClaim() {
        Doc doc = HandParsed.text("The spokesman said Moscow knew of the report, but that they did not publish it.")
                .sentence("The DT 2 det", "spokesman NN 3 nsubj", "said/say VBD 0 root", "Moscow NNP 5 nsubj",
                        "knew/know VBD 3 ccomp", "of IN 8 case", "the DT 8 det", "report NN 5 obl", ", , 15 punct",
                        "but CC 15 cc", "that IN 15 mark", "they PRP 15 nsubj", "did/do VBD 15 aux", "not RB 15 advmod",
                        "publish VB 5 conj", "it PRP 15 obj", ". . 3 punct")
                .actor("spokesman", "RUSGOV", "Russia").actor("Moscow", "RUSGOV", "Russia")
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(c -> c.cue().of(doc.text())).containsExactly("said");
        assertThat(claims.get(0).chain()).hasSize(2); // the outlet and the spokesman: no relaying channel
    }

    @Test
    void aSayingParsedAsTheMarkOfItsClauseIsACueOfTheMainSubject() {
        // parsed as CoreNLP parses it: "saying" as the mark of "felt"
        Doc doc = HandParsed.text("There, he laid a wreath, saying he felt great anger.")
                .sentence("There RB 4 advmod", ", , 4 punct", "he PRP 4 nsubj", "laid/lay VBD 0 root", "a DT 6 det",
                        "wreath NN 4 obj", ", , 4 punct", "saying/say VBG 10 mark", "he PRP 10 nsubj", "felt/feel VBD 4 advcl",
                        "great JJ 12 amod", "anger NN 10 obj", ". . 4 punct")
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(c -> c.source().mention().of(doc.text()) + " | " + c.cue().of(doc.text()) + " | "
                + c.content().of(doc.text())).containsExactly("he | saying | he felt great anger");
    }

    @Test
    void thatIsAccordingToPointsBackAndTheOutletsRelayIsNoClaim() {
        Doc doc = HandParsed.text("Most voters back the plan. That's according to a poll by the institute, the agency reports.")
                .sentence("Most JJS 2 amod", "voters/voter NNS 3 nsubj", "back VBP 0 root", "the DT 5 det", "plan NN 3 obj",
                        ". . 3 punct")
                .sentence("That DT 6 nsubj", "'s/be VBZ 6 cop", "according/accord VBG 6 case", "to IN 3 fixed", "a DT 6 det",
                        "poll NN 0 root", "by IN 9 case", "the DT 9 det", "institute NN 6 nmod", ", , 6 punct", "the DT 12 det",
                        "agency NN 13 nsubj", "reports/report VBZ 6 parataxis", ". . 6 punct")
                .build();
        List<Claim> claims = new ClaimExtractor(null).apply(doc).get(Layer.CLAIMS);
        assertThat(claims).extracting(c -> c.source().mention().of(doc.text()) + " | " + c.cue().of(doc.text()) + " | "
                + c.content().of(doc.text())).containsExactly("a poll by the institute | according to | Most voters back the plan");
    }
}
