package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
    @Test
    void sameTextAndUrlGiveSameIdWhateverTheWhitespace() {
        assertThat(ArticleId.of("Shelling  hit\nKharkiv. ", "u")).isEqualTo(ArticleId.of("Shelling hit Kharkiv.", "u"));
    }

    @Test
    void urlAndTextBothCount() {
        assertThat(ArticleId.of("a", "u1")).isNotEqualTo(ArticleId.of("a", "u2"));
        assertThat(ArticleId.of("a", null)).isNotEqualTo(ArticleId.of("b", null));
        assertThat(ArticleId.of("a", null).value()).hasSize(16);
    }
}
