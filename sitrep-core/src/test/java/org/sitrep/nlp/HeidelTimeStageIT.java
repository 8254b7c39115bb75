package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.testkit.TestDocs;

/** Loads HeidelTime's English rules (no CoreNLP: the test kit's whitespace tokens, no POS tags). */
class HeidelTimeStageIT {
    private static final String TEXT = "The brigade said on April 26 that it had held the line for three days. "
            + "Talks are planned for next Monday.";

    private static List<TimeExpression> tag(String text, HeidelTimeStage.Mode mode, List<TimeExpression> existing) {
        Doc doc = TestDocs.tokenized(text).with(Layer.TIMEXES, existing); // published 2025-04-28, a Monday
        return new HeidelTimeStage(false, mode).apply(doc).get(Layer.TIMEXES);
    }

    @Test
    void resolvesDatesAgainstThePublicationDate() {
        List<TimeExpression> t = tag(TEXT, HeidelTimeStage.Mode.REPLACE, List.of());
        assertThat(t).anySatisfy(x -> {
            assertThat(x.span().of(TEXT)).isEqualTo("April 26");
            assertThat(x.type()).isEqualTo("DATE");
            assertThat(x.value()).isEqualTo("2025-04-26");
        });
        assertThat(t).anySatisfy(x -> {
            assertThat(x.span().of(TEXT)).isEqualTo("three days");
            assertThat(x.value()).isEqualTo("P3D");
        });
    }

    @Test
    void mergeModesDecideWhoWinsOnOverlap() {
        int at = TEXT.indexOf("April");
        TimeExpression sutime = new TimeExpression(new Span(at, at + 5), "DATE", "XXXX-04");
        assertThat(tag(TEXT, HeidelTimeStage.Mode.ADD, List.of(sutime))).contains(sutime)
                .noneMatch(x -> x.value().equals("2025-04-26"));
        assertThat(tag(TEXT, HeidelTimeStage.Mode.PREFER, List.of(sutime))).doesNotContain(sutime)
                .anyMatch(x -> x.value().equals("2025-04-26"));
    }

    @Test
    void threadsTagAsOneThreadDoes() throws Exception {
        List<String> texts = List.of(TEXT, "Shelling resumed at dawn on Friday, two weeks after the truce of March 3.",
                "In 2014 the peninsula was annexed; since then, every summer, exercises are held there.",
                "The talks lasted 12 hours and will resume tomorrow at 9 a.m.", "Nothing happened.");
        List<List<TimeExpression>> expected = texts.stream().map(t -> tag(t, HeidelTimeStage.Mode.REPLACE, List.of())).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<TimeExpression>>> runs = new java.util.ArrayList<>();
            for (int round = 0; round < 40; round++)
                for (String t : texts) runs.add(pool.submit(() -> tag(t, HeidelTimeStage.Mode.REPLACE, List.of())));
            for (int i = 0; i < runs.size(); i++) assertThat(runs.get(i).get()).isEqualTo(expected.get(i % texts.size()));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyTextGivesNoTimes() {
        assertThat(tag("", HeidelTimeStage.Mode.REPLACE, List.of())).isEmpty();
    }
}
