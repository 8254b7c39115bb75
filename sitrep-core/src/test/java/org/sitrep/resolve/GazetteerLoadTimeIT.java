package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: the bundled gazetteer loads in under 2 s in a fresh JVM. Forks {@code java} three times on this module's
 * classes ({@link GazetteerLoadProbe}) and reads two figures measured inside the child JVM:
 *
 * <ul>
 *   <li>process CPU of the first {@link Gazetteer#global()} call (all threads, JIT and GC included) under 2 s in
 *       every run. CPU time hardly depends on what else the machine runs, so this is the guard that will not flake;
 *       it fails when loading computes the name keys again (3–4 s of CPU on the 2-core development machine, about
 *       0.7–1 s now);</li>
 *   <li>wall time, printed only: it depends on what else the machine runs, and speed belongs in benchmarks
 *       (docs/PERFORMANCE.md), not in a timed test (a loaded machine failed it at 5 s with 1.1 s of CPU).</li>
 * </ul>
 * An IT (failsafe, {@code mvn verify}) because it forks JVMs: about 5 s.
 */
class GazetteerLoadTimeIT {
    private static final long LIMIT_MILLIS = 2_000;

    @Test
    void firstGlobalLoadTakesUnderTwoSecondsInAFreshJvm() throws Exception {
        List<long[]> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) runs.add(forkProbe());
        System.out.println("Gazetteer first load in fresh JVMs: " + describe(runs));
        for (long[] run : runs) {
            assertThat(run[0]).as("entries").isGreaterThan(250_000);
            assertThat(run[2]).as("process CPU ms of the first load (all runs: %s)", describe(runs)).isLessThan(LIMIT_MILLIS);
        }
    }

    /** {entries, wall ms, process CPU ms} from one fresh JVM. */
    private static long[] forkProbe() throws IOException, InterruptedException {
        String classpath = codeSource(Gazetteer.class) + File.pathSeparator + codeSource(GazetteerLoadProbe.class);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", classpath, GazetteerLoadProbe.class.getName())
                .redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Gazetteer load probe did not finish in 120 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as("probe exit code; output: %s", out).isZero();
        String[] f = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        assertThat(f).as("probe output: %s", out).hasSize(3);
        return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
    }

    private static String codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<long[]> runs) {
        StringBuilder b = new StringBuilder();
        for (long[] r : runs) b.append(String.format("[wall %d ms, cpu %d ms] ", r[1], r[2]));
        return b.toString().strip();
    }
}
