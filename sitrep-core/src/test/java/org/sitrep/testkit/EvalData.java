package org.sitrep.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The one policy for tests that read the shared evaluation data ({@code ../shared}: {@code eval/}, {@code seeds/},
 * {@code tools/}, never copied into the repository): where it is, and what a test does when a set is absent. It
 * skips, naming the path; but under {@code CI=true} it fails, naming the path, so that a CI machine without the
 * data cannot pass with no quality gate, unless {@code SITREP_EVAL_OPTIONAL=1} says the data is knowingly absent.
 * The shared folder is {@code $SITREP_SHARED}, else the first {@code shared/} holding {@code eval/} found walking
 * up from the working directory.
 */
public final class EvalData {
    private EvalData() {}

    /** What a test does about a missing set. */
    enum Verdict { PRESENT, SKIP, FAIL }

    /** The shared folder, when there is one. */
    public static Optional<Path> shared() {
        String env = System.getenv("SITREP_SHARED");
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env, "eval"))) return Optional.of(Path.of(env));
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("shared/eval"))) return Optional.of(p.resolve("shared"));
        return Optional.empty();
    }

    /**
     * The file or folder at {@code relative} under the shared folder ("eval/polnear/data/dev"). When it is absent
     * the test is skipped (JUnit assumption) or, under {@code CI=true} without {@code SITREP_EVAL_OPTIONAL=1},
     * fails; either way the message names the path looked for.
     */
    public static Path require(String relative) {
        Path path = shared().map(s -> s.resolve(relative)).orElse(checkout().resolveSibling("shared").resolve(relative));
        boolean present = Files.exists(path);
        switch (verdict(present, System.getenv())) {
            case FAIL -> throw new AssertionError(message(path) + " Under CI=true a missing evaluation set fails the "
                    + "build; provide ../shared (or SITREP_SHARED), or set SITREP_EVAL_OPTIONAL=1 to skip knowingly.");
            case SKIP -> Assumptions.abort(message(path) + " Skipped (set SITREP_SHARED to the folder holding eval/).");
            case PRESENT -> { }
        }
        return path;
    }

    /** The checkout's root (the folder holding sitrep-core), where the tests run inside one of its modules. */
    private static Path checkout() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent())
            if (Files.isDirectory(p.resolve("sitrep-core"))) return p;
        return Path.of("").toAbsolutePath();
    }

    /** PRESENT when the set is there; else FAIL under CI=true (unless SITREP_EVAL_OPTIONAL=1), else SKIP. */
    static Verdict verdict(boolean present, Map<String, String> env) {
        if (present) return Verdict.PRESENT;
        boolean ci = "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
        boolean optional = "1".equals(env.getOrDefault("SITREP_EVAL_OPTIONAL", "").trim());
        return ci && !optional ? Verdict.FAIL : Verdict.SKIP;
    }

    private static String message(Path path) {
        return "Evaluation data not found: " + path + ".";
    }
}
