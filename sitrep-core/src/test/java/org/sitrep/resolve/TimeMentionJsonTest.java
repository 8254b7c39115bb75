package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeValue;
import org.sitrep.testkit.TestDocs;

/** TIMES survive the stand-off JSON round trip, nested anchor span and all. */
class TimeMentionJsonTest {
    @Test
    void roundTripsResolvedTimes() {
        String text = "On April 26 the general spoke. Kyiv answered the next day.";
        int a = text.indexOf("April 26"), n = text.indexOf("the next day");
        Doc doc = new TimeResolver().apply(TestDocs.tokenized(text).with(Layer.TIMEXES, List.of(
                new TimeExpression(new Span(a, a + 8), "DATE", "2025-04-26"),
                new TimeExpression(new Span(n, n + 12), "DATE", "2025-04-29"))));
        Doc back = StandoffJson.read(StandoffJson.write(doc));
        assertThat(back.get(Layer.TIMES)).isEqualTo(doc.get(Layer.TIMES));
        TimeValue next = back.get(Layer.TIMES).get(1).value();
        assertThat(next.timex()).isEqualTo("2025-04-27");
        assertThat(next.anchorSpan()).isEqualTo(new Span(a, a + 8));
    }
}
