package org.sitrep.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WindowsTest {
    @Test
    void aSentenceThatFitsIsOneWindow() {
        assertThat(Windows.plan(new int[] {1, 2, 3}, 10, 4)).containsExactly(new int[] {0, 3});
        assertThat(Windows.owners(new int[] {1, 2, 3}, List.of(new int[] {0, 3}))).containsExactly(0, 0, 0);
    }

    @Test
    void anEmptySentenceHasNoWindows() {
        assertThat(Windows.plan(new int[0], 10, 4)).isEmpty();
        assertThat(Windows.owners(new int[0], List.of())).isEmpty();
    }

    @Test
    void aLongSentenceOverlapsAndEachWordTakesTheWindowWhereItIsFarthestFromACut() {
        int[] ones = new int[10];
        java.util.Arrays.fill(ones, 1);
        List<int[]> plan = Windows.plan(ones, 6, 2);
        assertThat(plan).containsExactly(new int[] {0, 6}, new int[] {4, 10});
        // word 4 is 1 from the first window's cut and 0 from the second's start: first; word 5: 0 vs 1: second
        assertThat(Windows.owners(ones, plan)).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    }

    @Test
    void refusesAWordTooLongForAWindowAndANonsenseOverlap() {
        assertThatThrownBy(() -> Windows.plan(new int[] {3}, 2, 0)).hasMessageContaining("has 3 pieces");
        assertThatThrownBy(() -> Windows.plan(new int[] {1}, 4, 4)).hasMessageContaining("overlap=4");
    }

    @Property(tries = 300)
    void windowsCoverEverySentenceWithinTheirSizeAndOverlap(
            @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 1, max = 16) Integer> counts,
            @ForAll @IntRange(min = 16, max = 130) int maxPieces, @ForAll @IntRange(min = 0, max = 15) int overlap) {
        int[] pieces = counts.stream().mapToInt(Integer::intValue).toArray();
        List<int[]> plan = Windows.plan(pieces, maxPieces, overlap);
        assertThat(plan.get(0)[0]).isZero();
        assertThat(plan.get(plan.size() - 1)[1]).isEqualTo(pieces.length);
        for (int w = 0; w < plan.size(); w++) {
            int[] r = plan.get(w);
            int sum = 0;
            for (int i = r[0]; i < r[1]; i++) sum += pieces[i];
            assertThat(sum).isLessThanOrEqualTo(maxPieces);
            if (w > 0) {
                int[] prev = plan.get(w - 1);
                assertThat(r[0]).isGreaterThan(prev[0]).isLessThanOrEqualTo(prev[1]);
                int shared = 0;
                for (int i = r[0]; i < prev[1]; i++) shared += pieces[i];
                // the overlap is met unless the previous window could not give that much and still move on
                if (prev[1] - prev[0] > 1 && shared < overlap) assertThat(r[0]).isEqualTo(prev[0] + 1);
            }
        }
        int[] owner = Windows.owners(pieces, plan);
        for (int i = 0; i < pieces.length; i++)
            assertThat(i).isBetween(plan.get(owner[i])[0], plan.get(owner[i])[1] - 1);
    }
}
