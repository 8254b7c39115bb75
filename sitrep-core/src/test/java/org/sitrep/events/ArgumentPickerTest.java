package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.testkit.HandParse;
import org.sitrep.testkit.TestDocs;

/** The parse picker on sentences written for this test, parsed by hand (UD relations as CoreNLP gives them). */
class ArgumentPickerTest {
    private static ActorMention mention(String text, String name, int from, String code) {
        int start = text.indexOf(name, from);
        Span span = new Span(start, start + name.length());
        return new ActorMention(span, code, name, null, new Evidence(TestDocs.article(text).id(), span, "test", "1", 1));
    }

    private static ActorMention mention(String text, String name, String code) {
        return mention(text, name, 0, code);
    }

    @Test
    void actorInARelativeClauseOfTheSubjectIsNotTheTarget() {
        String text = "Croatia, which Serbia attacked, signed a treaty with Hungary.";
        Doc parse = HandParse.of(text, "Croatia NNP 7 nsubj", ", , 1 punct", "which WDT 5 obj", "Serbia NNP 5 nsubj",
                "attacked VBD 1 acl:relcl", ", , 1 punct", "signed VBD 0 root", "a DT 9 det", "treaty NN 7 obj",
                "with IN 11 case", "Hungary NNP 9 nmod", ". . 7 punct");
        List<ActorMention> m = List.of(mention(text, "Croatia", "HRV"), mention(text, "Serbia", "SRB"),
                mention(text, "Hungary", "HUN"));
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse, m, null);
        assertThat(c.source().code()).isEqualTo("HRV");
        assertThat(c.target().code()).isEqualTo("HUN");
    }

    @Test
    void agentOfAPassiveIsTheSourceAndItsSubjectTheTarget() {
        String text = "Ukrainian positions were shelled by Russian troops.";
        Doc parse = HandParse.of(text, "Ukrainian JJ 2 amod", "positions NNS 4 nsubj:pass", "were VBD 4 aux:pass",
                "shelled VBN 0 root", "by IN 7 case", "Russian JJ 7 amod", "troops NNS 4 obl:agent", ". . 4 punct");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse,
                List.of(mention(text, "Ukrainian", "UKRMIL"), mention(text, "Russian troops", "RUSMIL")), null);
        assertThat(c.source().code()).isEqualTo("RUSMIL");
        assertThat(c.target().code()).isEqualTo("UKRMIL");
    }

    @Test
    void passiveWithoutAgentKeepsItsSubjectAsTheSource() {
        String text = "Eighty Polish peacekeepers were flown out of Lebanon.";
        Doc parse = HandParse.of(text, "Eighty CD 3 nummod", "Polish JJ 3 amod", "peacekeepers NNS 5 nsubj:pass",
                "were VBD 5 aux:pass", "flown VBN 0 root", "out IN 8 case", "of IN 8 case", "Lebanon NNP 5 obl",
                ". . 5 punct");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse,
                List.of(mention(text, "Polish", "POLMIL"), mention(text, "Lebanon", "LBN")), null);
        assertThat(c.source().code()).isEqualTo("POLMIL");
        assertThat(c.target().code()).isEqualTo("LBN");
    }

    @Test
    void subjectOfAComplementClauseIsTheTarget() {
        String text = "Greece demanded that the European Union reject the name.";
        Doc parse = HandParse.of(text, "Greece NNP 2 nsubj", "demanded VBD 0 root", "that IN 7 mark", "the DT 6 det",
                "European NNP 6 compound", "Union NNP 7 nsubj", "reject VB 2 ccomp", "the DT 9 det", "name NN 7 obj",
                ". . 2 punct");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse,
                List.of(mention(text, "Greece", "GRC"), mention(text, "European Union", "IGOEUREEC")), null);
        assertThat(c.source().code()).isEqualTo("GRC");
        assertThat(c.target().code()).isEqualTo("IGOEUREEC");
    }

    @Test
    void trailingReportingVerbHandsTheMainClauseToItsComplement() {
        String text = "Ukrainian drones hit a Russian refinery, Russian officials said.";
        Doc parse = HandParse.of(text, "Ukrainian JJ 2 amod", "drones NNS 3 nsubj", "hit VBD 10 ccomp", "a DT 6 det",
                "Russian JJ 6 amod", "refinery NN 3 obj", ", , 10 punct", "Russian JJ 9 amod",
                "officials NNS 10 nsubj", "said VBD 0 root", ". . 10 punct");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse, List.of(mention(text, "Ukrainian", "UKRMIL"),
                mention(text, "Russian", "RUS"), mention(text, "Russian officials", "RUSGOV")), null);
        assertThat(c.source().code()).isEqualTo("UKRMIL");
        assertThat(c.target().span()).isEqualTo(mention(text, "Russian", "RUS").span());
    }

    @Test
    void namesInsideOneNounPhraseAreTakenInTextOrder() {
        String text = "Bosnian Serb leaders rejected the plan of Croatia.";
        Doc parse = HandParse.of(text, "Bosnian JJ 3 amod", "Serb NNP 3 compound", "leaders NNS 4 nsubj",
                "rejected VBD 0 root", "the DT 6 det", "plan NN 4 obj", "of IN 8 case", "Croatia NNP 6 nmod",
                ". . 4 punct");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse, List.of(mention(text, "Bosnian", "BIH"),
                mention(text, "Serb", "SRB"), mention(text, "Croatia", "HRV")), null);
        assertThat(c.source().code()).isEqualTo("BIH");
        assertThat(c.target().code()).isEqualTo("HRV");
    }

    @Test
    void leadingAdverbialClauseIsNotSearched() {
        String text = "After Serbian forces shelled the town, Croatia accused Bosnia of negligence.";
        Doc parse = HandParse.of(text, "After IN 4 mark", "Serbian JJ 3 amod", "forces NNS 4 nsubj",
                "shelled VBD 9 advcl", "the DT 6 det", "town NN 4 obj", ", , 9 punct", "Croatia NNP 9 nsubj",
                "accused VBD 0 root", "Bosnia NNP 9 obj", "of IN 12 case", "negligence NN 9 obl", ". . 9 punct");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse, List.of(mention(text, "Serbian forces", "SRBMIL"),
                mention(text, "Croatia", "HRV"), mention(text, "Bosnia", "BIH")), null);
        assertThat(c.source().code()).isEqualTo("HRV");
        assertThat(c.target().code()).isEqualTo("BIH");
    }

    @Test
    void fallbackSourceIsNeverAlsoTheTargetAndSlotsAreReported() {
        String text = "Crowds stormed the Iraqi embassy in Amman.";
        Doc parse = HandParse.of(text, "Crowds NNS 2 nsubj", "stormed VBD 0 root", "the DT 5 det", "Iraqi JJ 5 amod",
                "embassy NN 2 obj", "in IN 7 case", "Amman NNP 5 nmod", ". . 2 punct");
        ActorMention iraqi = mention(text, "Iraqi", "IRQ");
        ArgumentPicker.Choice c = ArgumentPicker.pick(parse, List.of(iraqi), iraqi);
        assertThat(c.source()).isNull(); // the subject holds no actor
        assertThat(c.target()).isNull();
        assertThat(c.targetSlots()).contains(new Span(text.indexOf("Amman"), text.indexOf("Amman") + 5));
        assertThat(ArgumentPicker.pick(parse, List.of(iraqi), null).target()).isEqualTo(iraqi);
    }

    @Test
    void documentWithoutDependenciesGivesNothing() {
        String text = "Croatia accused Bosnia.";
        ArgumentPicker.Choice c = ArgumentPicker.pick(TestDocs.tokenized(text),
                List.of(mention(text, "Croatia", "HRV"), mention(text, "Bosnia", "BIH")), null);
        assertThat(c).isEqualTo(ArgumentPicker.Choice.NONE);
    }
}
