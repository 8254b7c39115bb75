package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Layer;
import org.sitrep.model.DateBasis;

class StatementDaterTest {
    @Test
    void aDateOutsideTheContentDatesTheStatement() {
        Claim c = new ClaimExtractor(null).apply(ClaimFixtures.saidOnTuesday()).get(Layer.CLAIMS).get(0);
        assertThat(c.statementDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(c.dateBasis()).isEqualTo(DateBasis.EXPLICIT);
    }

    @Test
    void atThatTimeCarriesTheLastExplicitDate() {
        List<Claim> claims = new ClaimExtractor(null).apply(ClaimFixtures.discourseDate()).get(Layer.CLAIMS);
        assertThat(claims).extracting(Claim::dateBasis).containsExactly(DateBasis.EXPLICIT, DateBasis.DISCOURSE);
        assertThat(claims).extracting(Claim::statementDate)
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 9));
    }

    @Test
    void withoutADateTheArticlesDateStands() {
        Claim c = new ClaimExtractor(null).apply(ClaimFixtures.denialThenPronoun()).get(Layer.CLAIMS).get(0);
        assertThat(c.statementDate()).isEqualTo(ClaimFixtures.PUBLISHED);
        assertThat(c.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void atThatTimeWithoutAnEarlierDateIsThePublicationDate() {
        var doc = ClaimFixtures.discourseDate();
        StatementDater dates = new StatementDater(doc);
        SentenceGraph second = SentenceGraph.of(doc).get(1);
        Cue cue = CueFinder.find(second).get(0);
        assertThat(dates.date(second, cue, new int[] {cue.last() + 1, cue.last() + 2}).basis()).isEqualTo(DateBasis.PUBLICATION);
    }
}
