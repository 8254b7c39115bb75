package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recorded stage versions are well formed; whether they match the output is {@code StageVersionsIT}'s job. */
class StageVersionsTest {
    @Test
    void theHistoryOnlyGrows() {
        Map<String, Set<String>> versions = new HashMap<>(), prints = new HashMap<>();
        Map<String, Integer> lastNumber = new HashMap<>();
        for (StageVersions.Entry e : StageVersions.history()) {
            assertThat(versions.computeIfAbsent(e.stage(), k -> new HashSet<>()).add(e.version()))
                    .as("%s version %s is recorded once", e.stage(), e.version()).isTrue();
            // a fingerprint seen before needs the reason why the output changed where the fixed documents do not show it
            assertThat(prints.computeIfAbsent(e.stage(), k -> new HashSet<>()).add(e.fingerprint()) || e.reason() != null)
                    .as("%s fingerprint %s belongs to one version unless a reason is given", e.stage(), e.fingerprint()).isTrue();
            assertThat(e.fingerprint()).matches("[0-9a-f]{8}");
            if (e.version().matches("\\d+")) {
                int n = Integer.parseInt(e.version());
                assertThat(n).as("%s versions increase down the file", e.stage())
                        .isGreaterThan(lastNumber.getOrDefault(e.stage(), 0));
                lastNumber.put(e.stage(), n);
            }
        }
    }

    @Test
    void aStageReportsItsLastNumberWithItsFingerprint() {
        StageVersions.Entry last = StageVersions.history().stream().filter(e -> e.stage().equals("claims"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(StageVersions.current("claims")).isEqualTo(last.version() + "+" + last.fingerprint());
        assertThatThrownBy(() -> StageVersions.current("no-such-stage")).hasMessageContaining("no-such-stage");
    }
}
