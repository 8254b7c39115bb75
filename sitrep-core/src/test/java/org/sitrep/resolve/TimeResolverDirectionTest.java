package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeMention;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.TestDocs;

/**
 * Model-free checks of the direction, value and extent rules of {@link TimeResolver} and {@link TimexExtents}:
 * test-kit tokens with hand-set POS tags, hand-built TIMEXES holding the value a tagger guessing without tense
 * would give. Published 2025-04-28, a Monday. Sentences written for these tests.
 */
class TimeResolverDirectionTest {
    private static final Map<String, String> POS = Map.ofEntries(Map.entry("is", "VBZ"), Map.entry("was", "VBD"),
            Map.entry("said", "VBD"), Map.entry("says", "VBZ"), Map.entry("planned", "VBD"), Map.entry("plans", "VBZ"),
            Map.entry("to", "TO"), Map.entry("leave", "VB"), Map.entry("hold", "VB"), Map.entry("admit", "VB"),
            Map.entry("mark", "VB"), Map.entry("expected", "VBN"), Map.entry("extended", "VBN"),
            Map.entry("had", "VBD"), Map.entry("not", "RB"), Map.entry("confirmed", "VBN"), Map.entry("could", "MD"),
            Map.entry("run", "VB"), Map.entry("gathered", "VBD"), Map.entry("lasted", "VBD"),
            Map.entry("joined", "VBD"), Map.entry("held", "VBD"), Map.entry("scheduled", "VBN"),
            Map.entry("decided", "VBD"), Map.entry("has", "VBZ"), Map.entry("agreed", "VBN"),
            Map.entry("tried", "VBD"), Map.entry("meet", "VB"), Map.entry("gave", "VBD"), Map.entry("came", "VBD"),
            Map.entry("resumed", "VBD"));
    /** CoreNLP's lemmas for the inflected verbs (the test kit's lemma is the lowercased word). */
    private static final Map<String, String> LEMMA = Map.ofEntries(Map.entry("planned", "plan"),
            Map.entry("plans", "plan"), Map.entry("expected", "expect"), Map.entry("scheduled", "schedule"),
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("is", "be"), Map.entry("was", "be"),
            Map.entry("had", "have"), Map.entry("has", "have"), Map.entry("decided", "decide"),
            Map.entry("agreed", "agree"), Map.entry("tried", "try"));

    private static TimeExpression timex(String text, String surface, String type, String value) {
        int at = text.indexOf(surface);
        assertThat(at).as("'%s' occurs in the test text", surface).isNotNegative();
        return new TimeExpression(new Span(at, at + surface.length()), type, value);
    }

    private static List<TimeMention> resolve(String text, TimeExpression... timexes) {
        Doc d = TestDocs.tokenized(text);
        List<Token> tokens = new ArrayList<>();
        for (Token t : d.get(Layer.TOKENS))
            tokens.add(new Token(t.span(), t.sentence(), POS.getOrDefault(t.lemma(), "NN"),
                    LEMMA.getOrDefault(t.lemma(), t.lemma()), t.ner()));
        Doc out = new TimeResolver().apply(d.with(Layer.TOKENS, tokens).with(Layer.TIMEXES, List.of(timexes)));
        Invariants.check(out);
        return out.get(Layer.TIMES);
    }

    private static String value(String text, List<TimeMention> times, String surface) {
        return times.stream().filter(t -> t.span().of(text).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no time mention on '" + surface + "' in " + times))
                .value().timex();
    }

    @Test
    void withoutTenseAMonthNameIsTheOccurrenceNearestThePublicationDate() {
        String text = "The offensive began in late November, the ministry says. The summit is in June. "
                + "The hearing is on May 6.";
        List<TimeMention> times = resolve(text, timex(text, "late November", "DATE", "2025-11"),
                timex(text, "June", "DATE", "2024-06"), timex(text, "May 6", "DATE", "2024-05-06"));
        // "began" is tagged NN here: the only verb is the present "says", which says nothing about direction
        assertThat(value(text, times, "late November")).isEqualTo("2024-11");
        assertThat(value(text, times, "June")).isEqualTo("2025-06");
        assertThat(value(text, times, "May 6")).isEqualTo("2025-05-06");
    }

    @Test
    void nearestWeighsWholeMonthsAndDays() {
        LocalDate published = LocalDate.of(2025, 1, 10);
        assertThat(TimeResolver.nearest(published, Month.DECEMBER, 1, true)).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(TimeResolver.nearest(published, Month.MARCH, 1, true)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(TimeResolver.nearest(published, Month.JULY, 20, false)).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(TimeResolver.nearest(published, Month.FEBRUARY, 29, false)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TimeResolver.nearest(published, Month.APRIL, 31, false)).isNull();
    }

    @Test
    void aPlanReportedInThePastLooksAheadToItsWeekday() {
        String text = "The delegation planned to leave Kyiv on Thursday.";
        assertThat(value(text, resolve(text, timex(text, "Thursday", "DATE", "2025-04-24")), "Thursday"))
                .isEqualTo("2025-05-01");
    }

    @Test
    void aPresentPlanAfterTheExpressionMakesItFuture() {
        String text = "On Wednesday, the council plans to hold a vote.";
        assertThat(value(text, resolve(text, timex(text, "Wednesday", "DATE", "2025-04-23")), "Wednesday"))
                .isEqualTo("2025-04-30");
    }

    @Test
    void aPassivePlanLeavesTheMonthToTheNearestOccurrence() {
        String text = "The handover was scheduled for early June.";
        assertThat(value(text, resolve(text, timex(text, "early June", "DATE", "2024-06")), "early June"))
                .isEqualTo("2025-06");
    }

    @Test
    void aTrailingAttributionIsNotTheEventsVerb() {
        String text = "The alliance is expected to admit the two states in early July, an official said.";
        assertThat(value(text, resolve(text, timex(text, "early July", "DATE", "2024-07")), "early July"))
                .isEqualTo("2025-07");
    }

    @Test
    void deadlinesAndEarliestDatesLookAhead() {
        String text = "The deadline was extended until Tuesday. The first trains could run as early as Friday.";
        List<TimeMention> times = resolve(text, timex(text, "Tuesday", "DATE", "2025-04-22"),
                timex(text, "Friday", "DATE", "2025-04-25"));
        assertThat(value(text, times, "Tuesday")).isEqualTo("2025-04-29");
        assertThat(value(text, times, "Friday")).isEqualTo("2025-05-02");
    }

    @Test
    void untilOpeningASentenceFramesAStateThatEnded() {
        String text = "Until Tuesday, the army had not confirmed the losses.";
        assertThat(value(text, resolve(text, timex(text, "Tuesday", "DATE", "2025-04-22")), "Tuesday"))
                .isEqualTo("2025-04-22");
    }

    @Test
    void aBareInfinitiveGivesNoDirection() {
        String text = "Crowds in the square came out to mark the anniversary on Sunday.";
        // with "to mark" read as future, Sunday would become 2025-05-04
        assertThat(value(text, resolve(text, timex(text, "Sunday", "DATE", "2025-04-27")), "Sunday"))
                .isEqualTo("2025-04-27");
    }

    @Test
    void frequencyAdverbsGetTheirPeriod() {
        String text = "Reports are filed annually and patrols go out weekly.";
        List<TimeMention> times = resolve(text, timex(text, "annually", "SET", "XXXX"),
                timex(text, "weekly", "SET", "XXXX-WXX"));
        assertThat(value(text, times, "annually")).isEqualTo("P1Y");
        assertThat(value(text, times, "weekly")).isEqualTo("P1W");
    }

    @Test
    void decadesAndOpenPeriodsAreDurationsInYears() {
        String text = "Raids grew over the past decade and may go on in the coming years, for less than a decade.";
        List<TimeMention> times = resolve(text, timex(text, "over the past decade", "DATE", "201"),
                timex(text, "the coming years", "DATE", "FUTURE_REF"),
                timex(text, "less than a decade", "DURATION", "P1DE"));
        TimeMention decade = times.get(0);
        assertThat(decade.span().of(text)).isEqualTo("the past decade");
        assertThat(decade.value().timex()).isEqualTo("P10Y");
        assertThat(decade.value().type()).isEqualTo("DURATION");
        assertThat(value(text, times, "the coming years")).isEqualTo("PXY");
        assertThat(value(text, times, "less than a decade")).isEqualTo("P10Y");
        assertThat(TimeResolver.inYears("P3CE")).isEqualTo("P300Y");
        assertThat(TimeResolver.inYears("PXDE")).isEqualTo("PXY");
        assertThat(TimeResolver.inYears("P2W")).isEqualTo("P2W");
    }

    @Test
    void prepositionsAndApproximatorsStayOutsideTheExtent() {
        String text = "The siege lasted about five months, almost four years ago, for at least two weeks.";
        List<TimeMention> times = resolve(text, timex(text, "about five months", "DURATION", "P5M"),
                timex(text, "almost four years ago", "DATE", "2021"),
                timex(text, "for at least two weeks", "DURATION", "P2W"));
        assertThat(times).extracting(t -> t.span().of(text))
                .containsExactly("five months", "almost four years ago", "at least two weeks");
    }

    @Test
    void lowercaseMarchIsNotAMonth() {
        String text = "Thousands joined the march. In March the front held.";
        List<TimeMention> times = resolve(text, timex(text, "march", "DATE", "2025-03"),
                timex(text, "March", "DATE", "2025-03"));
        assertThat(times).extracting(t -> t.span().of(text)).containsExactly("March");
    }

    @Test
    void yearRangesAreTwoDates() {
        String text = "The drought of 2009-2010 and the floods of 1994-97 were worse than in 1998-08.";
        List<TimeMention> times = resolve(text, timex(text, "2009-2010", "DATE", "2009"),
                timex(text, "1994-97", "DURATION", "P3Y"), timex(text, "1998-08", "DATE", "1998-08"));
        assertThat(times).extracting(t -> t.span().of(text) + "=" + t.value().timex())
                .containsExactly("2009=2009", "2010=2010", "1994=1994", "97=1997", "1998-08=1998-08");
    }

    @Test
    void theNextDecadeIsADuration() {
        String text = "Reconstruction will take the next decade.";
        List<TimeMention> times = resolve(text, timex(text, "the next decade", "DATE", "203"));
        assertThat(value(text, times, "the next decade")).isEqualTo("P10Y");
        assertThat(times.get(0).value().type()).isEqualTo("DURATION");
    }

    @Test
    void aCommitmentToActPointsAfterTheReport() {
        String text = "The council decided to admit the two observers on Friday. "
                + "The ministry has agreed to hold the talks in October. The envoys tried to meet on Thursday.";
        List<TimeMention> times = resolve(text, timex(text, "Friday", "DATE", "2025-04-25"),
                timex(text, "October", "DATE", "2024-10"), timex(text, "Thursday", "DATE", "2025-05-01"));
        assertThat(value(text, times, "Friday")).isEqualTo("2025-05-02"); // past decision, event ahead
        assertThat(value(text, times, "October")).isEqualTo("2025-10"); // perfect: the event still ahead
        // "tried to" is no commitment: the attempt and its day lie in the past
        assertThat(value(text, times, "Thursday")).isEqualTo("2025-04-24");
    }

    @Test
    void aClockTimeOnAWeekdayTakesTheWeekdaysDirection() {
        String text = "The court gave the families until 9 a.m. Tuesday to leave. "
                + "Police said the blast came at 10:30 p.m. Friday. The talks resumed Sunday at 7 p.m.";
        List<TimeMention> times = resolve(text, timex(text, "9 a.m. Tuesday", "TIME", "2025-04-22T09:00"),
                timex(text, "10:30 p.m. Friday", "TIME", "2025-05-02T22:30"),
                timex(text, "Sunday at 7 p.m.", "TIME", "2025-05-04T19:00"));
        assertThat(value(text, times, "9 a.m. Tuesday")).isEqualTo("2025-04-29T09:00"); // "until": a deadline ahead
        assertThat(value(text, times, "10:30 p.m. Friday")).isEqualTo("2025-04-25T22:30"); // past tense
        assertThat(value(text, times, "Sunday at 7 p.m.")).isEqualTo("2025-04-27T19:00");
    }
}
