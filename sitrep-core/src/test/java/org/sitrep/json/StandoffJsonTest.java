package org.sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.testkit.TestDocs;

class StandoffJsonTest {
    @Test
    void roundTripsLayersAndIssues() {
        Doc doc = TestDocs.tokenized("On April 26 Kursk was said to be liberated.")
                .with(Layer.TIMEXES, List.of(new TimeExpression(new Span(3, 11), "DATE", "2025-04-26")))
                .withIssue(new Issue(null, "date.unresolved", "no date"))
                .withIssue(new Issue(new Span(0, 2), "x.y", "z"));
        assertThat(StandoffJson.read(StandoffJson.write(doc))).isEqualTo(doc);
    }

    @Test
    void writesSpansFlatAndTheTextOnce() {
        String json = StandoffJson.write(TestDocs.tokenized("Kyiv denied it."));
        assertThat(json).contains("\"tokens\":[{\"start\":0,\"end\":4,").doesNotContain("\"span\"");
        assertThat(json.split("Kyiv denied it", -1)).hasSize(2);
    }

    @Test
    void namesTheFormatItExpected() {
        assertThatThrownBy(() -> StandoffJson.read("{\"format\":\"other\"}")).hasMessageContaining("sitrep-standoff/1");
        assertThatThrownBy(() -> StandoffJson.read("{")).hasMessageContaining("Malformed");
    }

    @Property(tries = 200)
    void roundTripsAnyText(@ForAll String text) {
        Doc doc = TestDocs.tokenized(text);
        assertThat(StandoffJson.read(StandoffJson.write(doc))).isEqualTo(doc);
    }
}
