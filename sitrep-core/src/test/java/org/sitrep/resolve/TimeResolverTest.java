package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.model.TimeValue.Anchoring;
import org.sitrep.model.TimeValue.Granularity;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.TestDocs;

/** Model-free: test-kit tokens, a few hand-set POS tags, hand-built TIMEXES. Published 2025-04-28, a Monday. */
class TimeResolverTest {
    private static final Map<String, String> POS = Map.of("said", "VBD", "repelled", "VBD", "continued", "VBD",
            "arrived", "VBD", "denied", "VBD", "will", "MD", "resume", "VB", "arrive", "VB", "says", "VBZ");

    /** A timex on the first occurrence of {@code surface}. */
    private static TimeExpression timex(String text, String surface, String type, String value) {
        int at = text.indexOf(surface);
        assertThat(at).as("'%s' occurs in the test text", surface).isNotNegative();
        return new TimeExpression(new Span(at, at + surface.length()), type, value);
    }

    private static Doc doc(String text, TimeExpression... timexes) {
        Doc d = TestDocs.tokenized(text);
        List<Token> tokens = new ArrayList<>();
        for (Token t : d.get(Layer.TOKENS))
            tokens.add(new Token(t.span(), t.sentence(), POS.getOrDefault(t.lemma(), "NN"), t.lemma(), t.ner()));
        return d.with(Layer.TOKENS, tokens).with(Layer.TIMEXES, List.of(timexes));
    }

    private static List<TimeMention> resolve(Doc doc) {
        Doc out = new TimeResolver().apply(doc);
        Invariants.check(out);
        return out.get(Layer.TIMES);
    }

    private static TimeMention at(String text, List<TimeMention> times, String surface) {
        return times.stream().filter(t -> t.span().of(text).equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no time mention on '" + surface + "' in " + times));
    }

    @Test
    void theEveningOfAnExplicitDateIsOneMentionWithItsPartOfDay() {
        String text = "As of the evening of April 27, Ukrainian forces repelled 21 attacks in the Kursk direction.";
        List<TimeMention> times = resolve(doc(text, timex(text, "the evening", "TIME", "2025-04-28TEV"),
                timex(text, "April 27", "DATE", "2025-04-27")));
        assertThat(times).hasSize(1);
        TimeValue v = at(text, times, "the evening of April 27").value();
        assertThat(v.timex()).isEqualTo("2025-04-27TEV");
        assertThat(v.granularity()).isEqualTo(Granularity.PART_OF_DAY);
        assertThat(v.partOfDay()).isEqualTo("EV");
        assertThat(v.start()).isEqualTo(LocalDate.of(2025, 4, 27));
        assertThat(v.end()).isEqualTo(LocalDate.of(2025, 4, 28));
    }

    @Test
    void duringTheDayRefersBackToTheExplicitDate() {
        String text = "As of the evening of April 27, Ukrainian forces repelled 21 attacks. "
                + "Fighting continued in the Kursk direction during the day.";
        List<TimeMention> times = resolve(doc(text, timex(text, "the evening", "TIME", "2025-04-28TEV"),
                timex(text, "April 27", "DATE", "2025-04-27"), timex(text, "the day", "DURATION", "P1D")));
        TimeValue day = at(text, times, "the day").value();
        assertThat(day.timex()).isEqualTo("2025-04-27");
        assertThat(day.granularity()).isEqualTo(Granularity.DAY);
        assertThat(day.anchoring()).isEqualTo(Anchoring.DISCOURSE_DATE);
        assertThat(day.anchorSpan().of(text)).isEqualTo("the evening of April 27");
        assertThat(day.anchorDescription()).startsWith("discourse date 2025-04-27 at [");
    }

    @Test
    void duringTheDayIsFoundEvenWhenTheTaggerMissedIt() {
        String text = "As of the evening of April 27, 21 clashes took place. Battles continued during the day.";
        List<TimeMention> times = resolve(doc(text, timex(text, "the evening", "TIME", "2025-04-28TEV"),
                timex(text, "April 27", "DATE", "2025-04-27")));
        assertThat(at(text, times, "the day").value().timex()).isEqualTo("2025-04-27");
        // Without an explicit date before it, "the day" is not a time mention at all.
        String alone = "Battles continued during the day.";
        assertThat(resolve(doc(alone))).isEmpty();
    }

    @Test
    void aFewDaysTaggedWithoutAgoStillDefersToTheExplicitDate() {
        String text = "A few days ago, on April 26, the general said the region was liberated.";
        List<TimeMention> times = resolve(doc(text, timex(text, "A few days", "DURATION", "PXD"),
                timex(text, "April 26", "DATE", "2025-04-26")));
        assertThat(at(text, times, "A few days").value().timex()).isEqualTo("2025-04-26");
    }

    @Test
    void anExplicitDateWinsOverAVagueFewDaysAgo() {
        String text = "A few days ago, on April 26, the general said the region was liberated.";
        List<TimeMention> times = resolve(doc(text, timex(text, "A few days ago", "DATE", "PAST_REF"),
                timex(text, "April 26", "DATE", "2025-04-26")));
        TimeValue vague = at(text, times, "A few days ago").value();
        assertThat(vague.timex()).isEqualTo("2025-04-26");
        assertThat(vague.anchoring()).isEqualTo(Anchoring.DISCOURSE_DATE);
        assertThat(vague.anchorSpan().of(text)).isEqualTo("April 26");
        assertThat(at(text, times, "April 26").value().timex()).isEqualTo("2025-04-26");
    }

    @Test
    void aVagueFewDaysAgoWithoutAnExplicitDateStaysVague() {
        String text = "A few days ago the general said the region was liberated.";
        TimeValue v = at(text, resolve(doc(text, timex(text, "A few days ago", "DATE", "PAST_REF"))), "A few days ago").value();
        assertThat(v.timex()).isEqualTo("PAST_REF");
        assertThat(v.granularity()).isEqualTo(Granularity.VAGUE);
        assertThat(v.isInterval()).isFalse();
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        String text = "The ministry said on Tuesday that talks will resume on Friday.";
        // A tagger that always looks forward would give the coming Tuesday.
        List<TimeMention> times = resolve(doc(text, timex(text, "Tuesday", "DATE", "2025-04-29"),
                timex(text, "Friday", "DATE", "XXXX-WXX-5")));
        assertThat(at(text, times, "Tuesday").value().timex()).isEqualTo("2025-04-22");
        assertThat(at(text, times, "Tuesday").value().anchorDescription()).isEqualTo("publication date 2025-04-28");
        assertThat(at(text, times, "Friday").value().timex()).isEqualTo("2025-05-02");
    }

    @Test
    void monthNamesInPastTenseAreTheLastOneAndInFutureTheNext() {
        String text = "The brigade arrived in early August. Reinforcements will arrive in June.";
        List<TimeMention> times = resolve(doc(text, timex(text, "early August", "DATE", "2025-08"),
                timex(text, "June", "DATE", "2024-06")));
        assertThat(at(text, times, "early August").value().timex()).isEqualTo("2024-08");
        assertThat(at(text, times, "early August").value().granularity()).isEqualTo(Granularity.MONTH);
        assertThat(at(text, times, "June").value().timex()).isEqualTo("2025-06");
    }

    @Test
    void yearsAgoKeepsYearGranularity() {
        String text = "The treaty was signed two years ago.";
        TimeValue v = at(text, resolve(doc(text, timex(text, "two years ago", "DATE", "2023-04-28"))), "two years ago").value();
        assertThat(v.timex()).isEqualTo("2023");
        assertThat(v.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(v.start()).isEqualTo(LocalDate.of(2023, 1, 1));
    }

    @Test
    void agesAreNotTimes() {
        String text = "A 22-year-old soldier and a man aged 40 years old were wounded.";
        List<TimeMention> times = resolve(doc(text, timex(text, "22-year-old", "DURATION", "P22Y"),
                timex(text, "40 years", "DURATION", "P40Y")));
        assertThat(times).isEmpty();
    }

    @Test
    void recentMonthsAndACoupleOfYearsAreDurations() {
        String text = "Officials have voiced concern in recent months and for a couple of years.";
        List<TimeMention> times = resolve(doc(text, timex(text, "recent months", "DATE", "PAST_REF"),
                timex(text, "a couple of years", "DURATION", "PXY")));
        assertThat(at(text, times, "recent months").value().timex()).isEqualTo("PXM");
        assertThat(at(text, times, "recent months").value().type()).isEqualTo("DURATION");
        assertThat(at(text, times, "a couple of years").value().timex()).isEqualTo("P2Y");
    }

    @Test
    void periodPhrasesAreDurations() {
        String text = "Shelling has intensified over the past several months.";
        TimeValue v = at(text, resolve(doc(text, timex(text, "the past several months", "DATE", "2025-04"))),
                "the past several months").value();
        assertThat(v.type()).isEqualTo("DURATION");
        assertThat(v.timex()).isEqualTo("PXM");
        assertThat(v.granularity()).isEqualTo(Granularity.DURATION);
    }

    @Test
    void theNextDayCountsFromTheExplicitDateNotFromPublication() {
        String text = "The general said on April 20 that the village was taken. Kyiv denied it the next day.";
        List<TimeMention> times = resolve(doc(text, timex(text, "April 20", "DATE", "2025-04-20"),
                timex(text, "the next day", "DATE", "2025-04-29")));
        TimeValue v = at(text, times, "the next day").value();
        assertThat(v.timex()).isEqualTo("2025-04-21");
        assertThat(v.anchor()).isEqualTo(LocalDate.of(2025, 4, 20));
    }

    @Test
    void absoluteDatesAreNotAnchored() {
        String text = "The treaty of June 19, 2024 was ratified.";
        TimeValue v = at(text, resolve(doc(text, timex(text, "June 19, 2024", "DATE", "2024-06-19"))), "June 19, 2024").value();
        assertThat(v.anchoring()).isEqualTo(Anchoring.ABSOLUTE);
        assertThat(v.anchor()).isNull();
    }

    @Test
    void emptyAndMalformedInputNeverThrows() {
        assertThat(resolve(doc(""))).isEmpty();
        String text = "On 2025-02-30 and later.";
        Doc d = doc(text, timex(text, "2025-02-30", "DATE", "2025-02-30"), new TimeExpression(new Span(3, 400), "DATE", "X"),
                timex(text, "later", "DATE", "FUTURE_REF"));
        Doc out = new TimeResolver().apply(d);
        List<TimeMention> times = out.get(Layer.TIMES);
        assertThat(out.issues()).anySatisfy(i -> assertThat(i.code()).isEqualTo("time.span-outside-text"));
        assertThat(at(text, times, "2025-02-30").value().granularity()).isEqualTo(Granularity.VAGUE);
        assertThat(times).hasSize(2);
    }

    @Test
    void aMonthHeadingANameIsDroppedAndAHyphenatedDurationIsAdded() {
        String text = "Thousands joined the March of the Silent Mothers after a day-long vigil in the post-1991 capital.";
        List<TimeMention> times = resolve(doc(text, timex(text, "March", "DATE", "2025-03")));
        assertThat(times).extracting(t -> t.span().of(text)).containsExactly("day-long", "post-1991");
        assertThat(at(text, times, "day-long").value().timex()).isEqualTo("P1D");
        assertThat(at(text, times, "post-1991").value().timex()).isEqualTo("1991");
    }
}
