package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void rejectsNegativeOrBackwardRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).hasMessageContaining("start=-1");
        assertThatThrownBy(() -> new Span(5, 4)).hasMessageContaining("end=4");
    }

    @Test
    void coversHalfOpenRange() {
        Span s = new Span(2, 5);
        assertThat(s.of("abcdefg")).isEqualTo("cde");
        assertThat(s.overlaps(new Span(5, 6))).isFalse();
        assertThat(s.overlaps(new Span(4, 6))).isTrue();
        assertThat(s.contains(new Span(2, 5))).isTrue();
        assertThat(new Span(3, 3).length()).isZero();
    }

    @Test
    void refusesToReadOutsideTheText() {
        assertThatThrownBy(() -> new Span(2, 9).of("abc")).hasMessageContaining("length 3");
    }
}
