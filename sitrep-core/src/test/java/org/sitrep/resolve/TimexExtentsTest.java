package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/** Model-free: TimeML extent rules on sentences written for the test. */
class TimexExtentsTest {
    private static Span spanOf(String text, String surface) {
        int at = text.indexOf(surface);
        assertThat(at).as("'%s' occurs in the test text", surface).isNotNegative();
        return new Span(at, at + surface.length());
    }

    @Test
    void aMonthOrSeasonHeadingANameIsNotATime() {
        String text = "Thousands joined the March of the Silent Mothers in Kherson, a year after the Spring of Hope rallies.";
        assertThat(TimexExtents.isNotATime(text, spanOf(text, "March"))).isTrue();
        assertThat(TimexExtents.isNotATime(text, spanOf(text, "Spring"))).isTrue();
        String walk = "Veterans led the March for Peace on Sunday.";
        assertThat(TimexExtents.isNotATime(walk, spanOf(walk, "March"))).isTrue();
    }

    @Test
    void aMonthBeforeADateOrALowercaseWordStaysATime() {
        String text = "The talks resumed in March of 2024 and again in May of that year; the ceasefire held in April for"
                + " weeks, and in June on Tuesday the envoys met. Elections are due in Spring of next year.";
        for (String month : List.of("March", "May", "April", "June", "Spring"))
            assertThat(TimexExtents.isNotATime(text, spanOf(text, month))).as(month).isFalse();
        String weekday = "Shelling resumed in October on Monday, the governor said.";
        assertThat(TimexExtents.isNotATime(weekday, spanOf(weekday, "October"))).isFalse();
    }

    @Test
    void hyphenatedDurationsAndPrePostYearsAreAdded() {
        String text = "After a day-long meeting and an hour-long call, the decades-long dispute over the post-1991"
                + " border and pre-2014 lines went on for months-long talks.";
        List<TimeExpression> out = TimexExtents.withCompounds(text, List.of());
        assertThat(out).extracting(t -> t.span().of(text), TimeExpression::type, TimeExpression::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("day-long", "DURATION", "P1D"),
                org.assertj.core.groups.Tuple.tuple("hour-long", "DURATION", "PT1H"),
                org.assertj.core.groups.Tuple.tuple("decades-long", "DURATION", "PXY"),
                org.assertj.core.groups.Tuple.tuple("post-1991", "DATE", "1991"),
                org.assertj.core.groups.Tuple.tuple("pre-2014", "DATE", "2014"),
                org.assertj.core.groups.Tuple.tuple("months-long", "DURATION", "PXM"));
    }

    @Test
    void compoundsATaggerAlreadyCoversAreLeftToIt() {
        String text = "The year-long siege ended; pre-1990s maps and the post-2014-style checkpoints were shown.";
        TimeExpression tagged = new TimeExpression(spanOf(text, "year-long"), "DURATION", "P1Y");
        List<TimeExpression> out = TimexExtents.withCompounds(text, List.of(tagged));
        assertThat(out).containsExactly(tagged);
    }
}
