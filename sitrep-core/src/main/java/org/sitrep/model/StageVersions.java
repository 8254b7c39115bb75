package org.sitrep.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded versions of the pipeline's stages: {@value #RESOURCE}, one line per version a stage has had
 * ({@code stage TAB version TAB fingerprint}), oldest first, appended to and never edited. The fingerprint is a hash
 * of the stage's output on a fixed set of documents (the bundled examples and the test articles);
 * {@code StageVersionsIT} recomputes it and fails, naming the line to append, when a stage's output changed but
 * its recorded version did not. So a version cannot go stale: output that changes forces a new line. A change that
 * alters output only on text the fixed documents do not hold gets a new number with the same fingerprint and a
 * fourth column saying why ({@code claims TAB 16 TAB 1fab585b TAB reason}), so stored ledgers are re-analyzed.
 *
 * <p>sitrep's own stages report {@link #current(String)}: the number of their last line plus its fingerprint as
 * build metadata ({@code "3+1f2e3d4c"}); the store orders versions by the number and treats a different
 * fingerprint with the same number as different output. Adapter stages whose version is their library's and their
 * configuration's (CoreNLP, HeidelTime) keep it, and the test checks their lines the same way. Thread-safe.
 */
public final class StageVersions {
    /** The classpath resource, relative to this class. */
    public static final String RESOURCE = "stage-versions.tsv";

    /** One recorded version of one stage; {@code reason} is null unless the line repeats a fingerprint. */
    public record Entry(String stage, String version, String fingerprint, String reason) {}

    private static final List<Entry> HISTORY = load();

    private StageVersions() {}

    /** Every recorded line, in file order. */
    public static List<Entry> history() {
        return HISTORY;
    }

    /**
     * The version a stage of sitrep's own reports: its last recorded number and fingerprint, {@code "N+fingerprint"}.
     *
     * @throws IllegalStateException when the stage has no line (a programming error: add one)
     */
    public static String current(String stage) {
        Entry last = null;
        for (Entry e : HISTORY) if (e.stage().equals(stage)) last = e;
        if (last == null)
            throw new IllegalStateException("Stage '" + stage + "' has no line in " + RESOURCE
                    + "; run StageVersionsIT, which prints the line to add");
        return last.version() + "+" + last.fingerprint();
    }

    private static List<Entry> load() {
        try (InputStream in = StageVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + StageVersions.class);
            List<Entry> entries = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length != 3 && (f.length != 4 || f[3].isBlank()))
                    throw new IllegalStateException(RESOURCE + ": expected 'stage TAB version TAB fingerprint [TAB reason]'; got '"
                            + line + "'");
                entries.add(new Entry(f[0], f[1], f[2], f.length == 4 ? f[3] : null));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
