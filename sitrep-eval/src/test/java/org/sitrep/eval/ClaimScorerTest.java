package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorRef;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Stance;

class ClaimScorerTest {
    // "Kyiv said the bridge was hit. Moscow denied it." — offsets below point into this text.
    private static final String GOLD = """
            # a comment
            article\tA1\tnative\t48\t0123456789abcdef
            claim\tA1\t0\t4\t5\t9\tassert\t10\t28\tUKR\tasserts\t2026-03-10
            claim\tA1\t30\t36\t37\t43\tdeny\t44\t46\tRUS\tdenies\t2026-03
            article\tB1\tmt\t20\t0123456789abcdef
            claim\tB1\t0\t3\t4\t8\tassert\t9\t19\t-\tasserts\t-
            """;

    @TempDir
    Path dir;

    private ClaimGold gold() throws IOException {
        Path f = dir.resolve("gold.tsv");
        Files.writeString(f, GOLD);
        return ClaimGold.read(f);
    }

    private static Claim claim(int s0, int s1, String code, int q0, int q1, String cls, int c0, int c1, String pol,
                               LocalDate date) {
        return new Claim(new Span(q0, q1), "say", CueClass.of(cls), ActorRef.named(code, "x", new Span(s0, s1)),
                List.of(), new Span(c0, c1), Stance.NEUTRAL, ClaimPolarity.of(pol), false, date, DateBasis.EXPLICIT,
                new Evidence(new ArticleId("0123456789abcdef"), new Span(0, 1), "claims", "1", 1.0));
    }

    @Test
    void readsArticlesAndClaimsWithDashesAsNull() throws IOException {
        ClaimGold g = gold();
        assertThat(g.articles()).containsOnlyKeys("A1", "B1");
        assertThat(g.articles().get("B1").group()).isEqualTo("mt");
        assertThat(g.claims()).hasSize(3);
        assertThat(g.claims().get(2).actor()).isNull();
        assertThat(g.claims().get(2).date()).isNull();
        assertThat(g.claims().get(1).date()).isEqualTo("2026-03");
    }

    @Test
    void malformedRowNamesItsLine() throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "article\tA1\tnative\t48\tabc\nclaim\tA1\t0\t4\n");
        assertThatThrownBy(() -> ClaimGold.read(f)).hasMessageContaining("bad.tsv:2");
    }

    @Test
    void perfectPredictionsScoreOne() throws IOException {
        Map<String, List<Claim>> pred = Map.of(
                "A1", List.of(claim(0, 4, "UKRMIL", 5, 9, "assert", 10, 28, "asserts", LocalDate.of(2026, 3, 10)),
                        claim(30, 36, "RUS", 37, 43, "deny", 44, 46, "denies", LocalDate.of(2026, 3, 12))),
                "B1", List.of(claim(0, 3, null, 4, 8, "assert", 9, 19, "asserts", null)));
        ClaimScorer.Result r = ClaimScorer.score(gold(), pred, "t");
        assertThat(r.all().recall()).isEqualTo(1.0);
        assertThat(r.all().precision()).isEqualTo(1.0);
        // UKRMIL vs UKR: country right, full code wrong; RUS right; B1 has no gold actor (not scored).
        assertThat(r.all().scored("actor")).isEqualTo(2);
        assertThat(r.all().right("actor")).isEqualTo(1);
        assertThat(r.all().accuracy("actorCountry")).isEqualTo(1.0);
        // 2026-03-12 lies inside the gold month 2026-03; B1's date is not scored.
        assertThat(r.all().accuracy("statementDate")).isEqualTo(1.0);
        assertThat(r.all().scored("statementDate")).isEqualTo(2);
        assertThat(r.groups().get("mt").recall()).isEqualTo(1.0);
        assertThat(r.table()).contains("native").contains("mt");
        assertThat(r.json().get("groups").get("all").get("gold").asInt()).isEqualTo(3);
    }

    @Test
    void missesFalseAlarmsDuplicatesAndWrongFields() throws IOException {
        Map<String, List<Claim>> pred = Map.of("A1", List.of(
                // matches the first by cue; content cut short (F1 < 0.8), source elsewhere, polarity wrong
                claim(30, 36, "UKR", 5, 9, "assert", 10, 14, "denies", LocalDate.of(2026, 3, 10)),
                // same cue again: a duplicate, genuine but unpaired
                claim(0, 4, "UKR", 5, 9, "assert", 10, 28, "asserts", LocalDate.of(2026, 3, 10)),
                // no cue or content overlap: a false alarm
                claim(0, 4, "UKR", 29, 30, "assert", 47, 48, "asserts", null)));
        ClaimScorer.Result r = ClaimScorer.score(gold(), pred, "t");
        ClaimScorer.Score all = r.all();
        assertThat(all.recall()).isEqualTo(1.0 / 3);
        assertThat(all.precision()).isEqualTo(2.0 / 3);
        assertThat(r.json().get("groups").get("all").get("duplicates").asInt()).isEqualTo(1);
        // the better-matching duplicate (full content) is paired, so its fields are right
        assertThat(all.accuracy("content")).isEqualTo(1.0);
        assertThat(all.accuracy("all")).isEqualTo(1.0);
        assertThat(r.groups().get("mt").recall()).isZero();
    }

    @Test
    void contentOverlapAloneMatchesWhenCuesDiffer() {
        ClaimGold.GoldClaim g = new ClaimGold.GoldClaim("A", new Span(0, 4), new Span(5, 9), "assert",
                new Span(10, 40), "UKR", "asserts", null);
        assertThat(ClaimScorer.matchScore(g, claim(0, 4, "UKR", 41, 45, "assert", 12, 40, "asserts", null))).isPositive();
        assertThat(ClaimScorer.matchScore(g, claim(0, 4, "UKR", 41, 45, "assert", 35, 60, "asserts", null))).isZero();
        assertThat(ClaimScorer.f1(new Span(0, 10), new Span(5, 15))).isEqualTo(0.5);
        assertThat(ClaimScorer.f1(new Span(0, 10), null)).isZero();
    }

    @Test
    void emptyGoldAndNoPredictionsGiveZerosNotErrors() throws IOException {
        Path f = dir.resolve("empty.tsv");
        Files.writeString(f, "");
        ClaimScorer.Result r = ClaimScorer.score(ClaimGold.read(f), Map.of(), "t");
        assertThat(r.all().recall()).isZero();
        assertThat(r.all().precision()).isZero();
    }
}
