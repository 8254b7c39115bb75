package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.testkit.TestDocs;

class StageVersionsTest {
    @Test
    void comparesVersionsPartByPartNumerically() {
        assertThat(StageVersions.compare("1.10", "1.9")).isPositive();
        assertThat(StageVersions.compare("1.9", "1.10")).isNegative();
        assertThat(StageVersions.compare("2", "2.1")).isNegative();
        assertThat(StageVersions.compare("1.0", "1.0")).isZero();
        assertThat(StageVersions.compare("1-alpha", "1-beta")).isNegative();
        assertThat(StageVersions.compare("10", "9")).isPositive();
        assertThat(StageVersions.compare("99999999999999999999", "1")).isPositive();
    }

    @Test
    void newerOnlyWhenNothingIsOlderAndSomethingIsNewerOrAdded() {
        Map<String, String> stored = Map.of("nlp", "1", "resolve", "2");
        assertThat(StageVersions.newer(Map.of("nlp", "1", "resolve", "2"), stored)).isFalse();
        assertThat(StageVersions.newer(Map.of("nlp", "2", "resolve", "2"), stored)).isTrue();
        assertThat(StageVersions.newer(Map.of("nlp", "1", "resolve", "2", "events", "1"), stored)).isTrue();
        assertThat(StageVersions.newer(Map.of("nlp", "2", "resolve", "1"), stored)).isFalse();
        assertThat(StageVersions.newer(Map.of("nlp", "1"), stored)).isFalse();
        assertThat(StageVersions.newer(Map.of(), Map.of())).isFalse();
        assertThat(StageVersions.newer(Map.of("nlp", "1"), Map.of())).isTrue();
    }

    @Test
    void aFingerprintAfterPlusDoesNotOrderButADifferentOneIsNewOutput() {
        assertThat(StageVersions.compare("3+1f2e3d4c", "3+9a0b1c2d")).isZero();
        assertThat(StageVersions.compare("4+00000000", "3+ffffffff")).isPositive();
        Map<String, String> stored = Map.of("claims", "3+1f2e3d4c");
        assertThat(StageVersions.newer(Map.of("claims", "3+1f2e3d4c"), stored)).isFalse();
        assertThat(StageVersions.newer(Map.of("claims", "3+9a0b1c2d"), stored)).isTrue();
        assertThat(StageVersions.newer(Map.of("claims", "2+9a0b1c2d"), stored)).isFalse();
        assertThat(StageVersions.newer(Map.of("claims", "3+1f2e3d4c"), Map.of("claims", "2"))).isTrue();
    }

    record Fact(Span span, Evidence evidence) {}

    @Test
    void findsEvidenceAnywhereInTheDocument() {
        Doc doc = TestDocs.tokenized("Kyiv said it.");
        Layer<Fact> facts = new Layer<>("facts", Fact.class);
        Evidence e1 = new Evidence(doc.article().id(), new Span(0, 4), "resolve", "1.2", 1);
        Evidence e2 = new Evidence(doc.article().id(), new Span(5, 9), "resolve", "1.10", 1);
        Evidence e3 = new Evidence(doc.article().id(), new Span(5, 9), "attribute", "3", 1);
        doc = doc.with(facts, List.of(new Fact(new Span(0, 4), e1), new Fact(new Span(5, 9), e2),
                new Fact(new Span(5, 9), e3)));
        assertThat(StageVersions.fromEvidence(StandoffJson.toTree(doc)))
                .isEqualTo(Map.of("resolve", "1.10", "attribute", "3"));
        assertThat(StageVersions.fromEvidence(StandoffJson.toTree(TestDocs.tokenized("x")))).isEmpty();
    }
}
