package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class TimeMlDocumentTest {
    private final TimeMlDocument doc = TimeMlDocument.parse("TEST1.tml", TimeMlSamples.GOLD);

    @Test
    void readsPlainTextDctAndGoldTimexes() {
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(doc.text()).startsWith("\nThe general said on April 26").contains("three days & nights.")
                .doesNotContain("<").doesNotContain("&amp;");
        assertThat(doc.timexes()).extracting(t -> t.span().of(doc.text()))
                .containsExactly("April 26", "three days", "the evening of April 27", "Friday");
        assertThat(doc.timexes().get(2).value()).isEqualTo("2025-04-27TEV");
        assertThat(doc.timexes().get(2).tid()).isEqualTo("t3");
        assertThat(doc.others()).extracting(s -> s.of(doc.text())).containsExactly("said", "occurred", "talks");
    }

    @Test
    void mapsPlainOffsetsBackToTheRawFile() {
        int amp = doc.text().indexOf('&');
        assertThat(doc.rawOf(new Span(amp, amp + 1))).isEqualTo("&amp;");
        Span april = doc.timexes().get(0).span();
        assertThat(doc.rawOf(april)).isEqualTo("April 26");
    }

    @Test
    void rejectsFilesWithoutTextOrDct() {
        assertThatThrownBy(() -> TimeMlDocument.parse("x.tml", "<TimeML><DCT></DCT></TimeML>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TEXT");
        assertThatThrownBy(() -> TimeMlDocument.parse("x.tml", "<TimeML><TEXT>a</TEXT></TimeML>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DCT");
    }

    @Test
    void readsAttributesAsTheOfficialScorerDoes() {
        TimeMlDocument d = TimeMlDocument.parse("x.tml", "<TimeML><DCT><TIMEX3 value=\"20250428\"/></DCT><TEXT>on "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\">Friday</TIMEX3> for <TIMEX3 tid=\"t2\" value=\"P1D\">a day</TIMEX3>"
                + "</TEXT></TimeML>");
        assertThat(d.dct()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(d.timexes()).extracting(TimeMlDocument.Timex::value).containsExactly("value", "P1D"); // absent: the name
        assertThat(d.timexes().get(1).type()).isEqualTo("type");
    }

    @Test
    void rejectsMalformedXmlWithTheFileName() {
        assertThatThrownBy(() -> TimeMlDocument.parse("bad.tml", "<TimeML><TEXT>a <TIMEX3>b</TEXT></TimeML>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.tml:");
    }
}
