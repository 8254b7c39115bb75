package org.sitrep.attribute.brat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.attribute.Attribution;
import org.sitrep.model.Span;

class BratAnnotationsTest {
    @Test
    void readsDiscontinuousSpansAndRelationsWithSuffixedRoles() {
        String ann = """
                T1\tSource 0 6\tOfficials
                T2\tCue 30 34\tsaid
                T3\tContent 40 50;8 20\tthe town fell
                T4\tAttribution 30 34\tsaid
                T5\tContent 60 70\tmore
                E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T5
                """;
        BratAnnotations a = BratAnnotations.parse(ann);
        assertThat(a.spans()).containsOnlyKeys("T1", "T2", "T3", "T5");
        assertThat(a.spans().get("T3").fragments()).containsExactly(new Span(8, 20), new Span(40, 50));
        assertThat(a.relations()).containsExactly(new BratRelation(List.of("T2"), List.of("T1"), List.of("T3", "T5")));
    }

    @Test
    void skipsNotesContinuationLinesAndEmptyEvents() {
        String ann = "T1\tCue 5 9\tsaid\nThe rest of a multi-line surface string\n#1\tAnnotatorNotes T1\tunsure\n"
                + "E1\tAttribution-no-source:T9 \nE2\tAttribution:T1 Cue:T1\n";
        BratAnnotations a = BratAnnotations.parse(ann);
        assertThat(a.spans()).containsOnlyKeys("T1");
        assertThat(a.relations()).containsExactly(new BratRelation(List.of("T1"), List.of(), List.of()));
    }

    @Test
    void writerOutputReadsBackToTheSameSpans() {
        String text = "The mayor said on Monday that the bridge, which was closed, would reopen.";
        Attribution at = new Attribution(new Span(10, 14), List.of(new Span(0, 9)),
                List.of(new Span(25, 40), new Span(59, 72)), 0.9);
        Attribution noContent = new Attribution(new Span(15, 17), List.of(), List.of(), 0.2);
        BratAnnotations back = BratAnnotations.parse(BratWriter.write(text, List.of(at, noContent)));
        assertThat(back.relations()).hasSize(1);
        BratRelation r = back.relations().get(0);
        assertThat(back.resolve(r.cue()).get(0).fragments()).containsExactly(new Span(10, 14));
        assertThat(back.resolve(r.source()).get(0).fragments()).containsExactly(new Span(0, 9));
        assertThat(back.resolve(r.content()).get(0).fragments()).containsExactly(new Span(25, 40), new Span(59, 72));
        assertThat(back.spans().values()).filteredOn(s -> s.type().equals("Cue")).hasSize(2);
    }

    @Test
    void emptyInputHasNothing() {
        BratAnnotations a = BratAnnotations.parse("");
        assertThat(a.spans()).isEmpty();
        assertThat(a.relations()).isEmpty();
        assertThat(BratWriter.write("", List.of())).isEmpty();
    }
}
