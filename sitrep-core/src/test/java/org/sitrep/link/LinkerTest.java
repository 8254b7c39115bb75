package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Span;

class LinkerTest {
    private static Doc doc(String outlet, String date, String text, ActorRef holder, Kind kind, ActorRef actor) {
        Article art = Article.of(outlet, null, "en", LocalDate.parse(date), null, null, text, "test");
        Evidence ev = new Evidence(art.id(), new Span(0, 5), "test", "1", 1.0);
        Assertion a = new Assertion(new Span(0, 5), kind, Polarity.POSITIVE, actor,
                new PlaceMention(new Span(0, 5), LinkingScenarioTest.PREDTECHYNE, ev), null, null, null, null, -1, null, holder,
                ev);
        return Doc.of(art).with(Layer.ASSERTIONS, List.of(a));
    }

    @Test
    void wireCopiesFromTwoOutletsCountOnceAndAContestIsFound() {
        String story = "Russian forces said they had captured the village of Predtechyne on Tuesday, the ministry said "
                + "in its daily summary, and that units had consolidated on its western outskirts after heavy fighting.";
        Linker linker = new Linker(OutletRegistry.standard());
        linker.add(doc("NRA Novosti Rossii Agency", "2026-03-10", story, ActorRef.named("RUSMED", "NRA", null),
                Kind.CONTROL, LinkingScenarioTest.RUS));
        linker.add(doc("Otechestvo-24", "2026-03-10", "Otechestvo-24 reports. " + story,
                ActorRef.named("RUSMED", "Otechestvo-24", null), Kind.CONTROL, LinkingScenarioTest.RUS));
        linker.add(doc("Kyiv Daily Monitor", "2026-03-11", "Fighting continues around Predtechyne, the monitor's "
                + "correspondent reports from the Kostiantynivka direction, with attacks repelled overnight.",
                ActorRef.named("UKRMED", "Kyiv Daily Monitor", null), Kind.FIGHTING, null));
        List<Happening> hs = linker.happenings();
        assertThat(hs).hasSize(1);
        assertThat(hs.get(0).members()).hasSize(3);
        assertThat(hs.get(0).independentSources()).isEqualTo(2); // the copy and its original are one
        assertThat(linker.disputes()).extracting(Dispute::kind).containsExactly(Dispute.Kind.CONTESTED_CONTROL);
        assertThat(Linker.reports(doc("Unlisted Weekly", "2026-03-10", "x", ActorRef.named(null, "X", null), Kind.FIGHTING, null),
                OutletRegistry.standard(), null).get(0).outlet()).isEqualTo("unknown:unlisted weekly");
    }

    @Test
    void aDocumentWithoutAssertionsAddsNothing() {
        Linker linker = new Linker(OutletRegistry.standard());
        linker.add(Doc.of(Article.of(null, null, "en", LocalDate.of(2026, 1, 1), null, null, "", "test")));
        assertThat(linker.happenings()).isEmpty();
        assertThat(linker.disputes()).isEmpty();
    }
}
