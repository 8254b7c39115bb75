package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.sitrep.model.Article;

/**
 * The bundled example files, mutated the ways real files get damaged — truncated, spliced into one another,
 * re-encoded, with NUL bytes, byte-order marks or CR-only line ends — through every reader: nothing escapes, and
 * every input is accounted for exactly once (a file-level failure alone; else one outcome per article, line or item).
 */
class ExampleMutationPropertiesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final List<Path> FILES = examples();
    private static final Path DIR = createDir();

    /** A damaged copy of an example: its bytes and the extension it is saved under. */
    record Mutant(String name, String extension, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes as ." + extension + ")";
        }
    }

    @Property(tries = 250)
    void everyDamagedExampleIsAccountedForExactlyOnce(@ForAll("mutants") Mutant mutant) throws IOException {
        Path file = DIR.resolve("mutant." + mutant.extension());
        Files.write(file, mutant.bytes());
        List<Article> articles = new ArrayList<>();
        List<ReadFailure> failures = new ArrayList<>();
        ArticleReader.defaults().read(List.of(file), articles::add, failures::add);
        String path = file.toString();

        assertThat(failures).extracting(ReadFailure::code).doesNotContain(ReadFailure.UNEXPECTED);
        assertThat(articles.size() + failures.size()).as("every input gives something").isPositive();
        // A failure of the whole file is its only outcome: nothing of a file that failed is passed on.
        if (failures.stream().anyMatch(f -> f.source().equals(path)))
            assertThat(articles.size() + failures.size()).as("a failed file gives one failure and nothing else").isEqualTo(1);
        // Each line or item is one outcome: never two failures, never an article and a failure.
        Set<String> units = new HashSet<>();
        for (ReadFailure f : failures) assertThat(units.add(unit(f.source()))).as("one outcome for %s", f.source()).isTrue();
        for (Article a : articles) assertThat(units.add(unit(a.source()))).as("one outcome for %s", a.source()).isTrue();
        if (mutant.extension().equals("txt") || mutant.extension().equals("html"))
            assertThat(articles.size() + failures.size()).as("a one-article format").isEqualTo(1);
        for (Article a : articles) {
            assertThat(a.text()).isNotBlank().isEqualTo(TextNormalizer.normalize(a.text())).doesNotContain("\r", "\u0000");
            assertThat(a.source()).startsWith(path);
        }
    }

    /** The line or item a source names ("f.jsonl:line 3 (id x)" → "f.jsonl:line 3"), or the file itself. */
    private static String unit(String source) {
        return source.replaceFirst(" \\(id .*\\)$", "");
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        Arbitrary<Mutant> originals = Arbitraries.of(FILES).map(p -> new Mutant(p.getFileName().toString(), extension(p), bytes(p)));
        return originals.flatMap(m -> mutation(m).list().ofMinSize(1).ofMaxSize(3).map(ops -> {
            Mutant out = m;
            for (Op op : ops) out = op.apply(out);
            return out;
        }));
    }

    private interface Op {
        Mutant apply(Mutant m);
    }

    private Arbitrary<Op> mutation(Mutant original) {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Path> other = Arbitraries.of(FILES);
        return Arbitraries.oneOf(
                at.map(f -> m -> rename(m, "truncated", slice(m.bytes(), 0, cut(m, f)))),
                Combinators.combine(at, at, other).as((f, g, p) -> m -> {
                    byte[] b = bytes(p);
                    return rename(m, "spliced with " + p.getFileName(), concat(slice(m.bytes(), 0, cut(m, f)),
                            slice(b, (int) (g * b.length), b.length)));
                }),
                Arbitraries.of("UTF-16LE", "UTF-16BE", "UTF-16", "ISO-8859-1", "windows-1251", "UTF-32")
                        .map(cs -> m -> rename(m, "re-encoded " + cs,
                                new String(m.bytes(), StandardCharsets.UTF_8).getBytes(Charset.forName(cs)))),
                at.map(f -> m -> rename(m, "NUL inserted", insert(m.bytes(), cut(m, f), new byte[] {0}))),
                at.map(f -> m -> rename(m, "BOM inserted", insert(m.bytes(), f < 0.5 ? 0 : cut(m, f),
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))),
                Arbitraries.just(m -> rename(m, "CR-only line ends", new String(m.bytes(), StandardCharsets.ISO_8859_1)
                        .replace("\r\n", "\n").replace('\n', '\r').getBytes(StandardCharsets.ISO_8859_1))),
                Arbitraries.just(m -> rename(m, "CRLF line ends", new String(m.bytes(), StandardCharsets.ISO_8859_1)
                        .replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1))));
    }

    private static Mutant rename(Mutant m, String what, byte[] bytes) {
        return new Mutant(m.name() + ", " + what, m.extension(), bytes);
    }

    private static int cut(Mutant m, double fraction) {
        return (int) (fraction * m.bytes().length);
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(concat(slice(b, 0, at), what), slice(b, at, b.length));
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> list = files.filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
            if (list.size() < 5) throw new IllegalStateException("expected the example files in " + EXAMPLES.toAbsolutePath());
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDir() {
        try {
            return Files.createTempDirectory("sitrep-mutants");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
