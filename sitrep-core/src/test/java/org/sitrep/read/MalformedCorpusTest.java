package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Article;

/** Every file of the malformed/ corpus gives exactly its expected failure, and nothing throws. */
class MalformedCorpusTest {
    private final ArticleReader reader = ArticleReader.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "empty.txt, read.empty",
            "whitespace-only.txt, read.empty",
            "binary.txt, read.binary",
            "latin1.txt, read.encoding",
            "bad-date.txt, read.date-invalid",
            "impossible-date.txt, read.date-invalid",
            "missing-date.txt, read.date-missing",
            "nav-only.html, read.html-no-article",
            "no-date.html, read.date-missing",
            "truncated-feed.xml, read.feed-malformed",
            "unknown.dat, read.unsupported",
    })
    void eachFileGivesExactlyItsFailureAndNoArticle(String file, String code) {
        Path path = corpus().resolve(file);
        Outcome out = read(List.of(path));
        assertThat(out.articles).isEmpty();
        assertThat(out.failures).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.source()).isEqualTo(path.toString());
            assertThat(f.reason()).isNotBlank();
        });
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        Outcome out = read(List.of(corpus().resolve("latin1.txt")));
        assertThat(out.failures.get(0).reason()).contains("byte offset 34").contains("E9").contains("line 3");
    }

    @Test
    void impossibleDateIsQuotedInTheReason() {
        Outcome out = read(List.of(corpus().resolve("impossible-date.txt")));
        assertThat(out.failures.get(0).reason()).contains("2025-02-30");
    }

    @Test
    void oneBrokenJsonLineFailsAloneAndTheOthersAreRead() {
        Path path = corpus().resolve("broken-line.jsonl");
        Outcome out = read(List.of(path));
        assertThat(out.failures).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReadFailure.JSONL_LINE);
            assertThat(f.source()).isEqualTo(path + ":line 2");
        });
        assertThat(out.articles).extracting(Article::source)
                .containsExactly(path + ":line 1 (id t-1)", path + ":line 3 (id t-3)");
    }

    @Test
    void walkingTheCorpusReportsEveryBadFileAndSkipsUnknownExtensions() {
        Outcome out = read(List.of(corpus()));
        // 10 bad files with known extensions + line 2 of the JSON Lines file; unknown.dat and PROVENANCE.md skipped
        assertThat(out.failures).hasSize(11);
        assertThat(out.failures).extracting(ReadFailure::code).doesNotContain(ReadFailure.UNSUPPORTED, ReadFailure.UNEXPECTED);
        assertThat(out.articles).hasSize(2);
    }

    @Test
    void filesOfUnknownTypeInAFolderAreHandedToTheSkippedConsumerInReadingOrder() {
        Outcome out = new Outcome();
        List<Path> skipped = new ArrayList<>();
        reader.read(List.of(corpus()), out.articles::add, out.failures::add, skipped::add);
        assertThat(skipped).containsExactly(corpus().resolve("PROVENANCE.md"), corpus().resolve("unknown.dat"));
        assertThat(out.failures).hasSize(11);
        // Named directly, the same file is read by content and fails with its reason instead.
        List<Path> none = new ArrayList<>();
        reader.read(List.of(corpus().resolve("unknown.dat")), a -> { }, f -> { }, none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void aFiftyMegabyteFileFailsFastWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] chunk = "Shelling continued near the village overnight, officials said.\n".repeat(16_384)
                .getBytes(StandardCharsets.UTF_8); // about 1 MB
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("date 2025-04-28\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 52; i++) out.write(chunk);
        }
        assertThat(Files.size(big)).isGreaterThanOrEqualTo(50L * 1024 * 1024);

        long before = allocatedBytes();
        Outcome out = read(List.of(big));
        long allocated = allocatedBytes() - before;

        assertThat(out.failures).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReadFailure.TOO_LARGE);
            assertThat(f.reason()).contains(Long.toString(Files.size(big))).contains(Long.toString(ArticleReader.DEFAULT_MAX_BYTES));
        });
        if (before >= 0) // -1 when the JVM cannot count allocations
            assertThat(allocated).as("bytes allocated while refusing a 50 MB file").isLessThan(1024 * 1024);
        // The same content in a small file reads: the size was the only problem.
        Path small = dir.resolve("small.txt");
        try (var in = Files.newInputStream(big)) {
            Files.write(small, in.readNBytes(64 * 1024));
        }
        assertThat(read(List.of(small)).articles).hasSize(1);
    }

    @Test
    void theSizeLimitIsConfigurable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "date 2025-04-28\n\n" + "word ".repeat(100));
        Outcome out = new Outcome();
        reader.withMaxBytes(100).read(List.of(file), out.articles::add, out.failures::add);
        assertThat(out.failures).extracting(ReadFailure::code).containsExactly(ReadFailure.TOO_LARGE);
    }

    @Test
    void aMissingPathIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "date 2025-04-28\n\nOfficials said the bridge was repaired.\n");
        Outcome out = read(List.of(dir.resolve("nope.txt"), corpus().resolve("empty.txt"), good));
        assertThat(out.failures).extracting(ReadFailure::code).containsExactly(ReadFailure.NOT_FOUND, ReadFailure.EMPTY);
        assertThat(out.articles).extracting(Article::source).containsExactly(good.toString());
    }

    @Test
    void anUnreadableFileIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locked.txt");
        Files.writeString(file, "date 2025-04-28\n\nOfficials said the bridge was repaired.\n");
        boolean changed = file.toFile().setReadable(false, false);
        Assumptions.assumeTrue(changed && !Files.isReadable(file),
                "cannot make a file unreadable here (running as root?): skipped");
        Outcome out = read(List.of(file));
        assertThat(out.failures).extracting(ReadFailure::code).containsExactly(ReadFailure.UNREADABLE);
    }

    @Test
    void aDeviceFileIsNotReadButReported() {
        Path device = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(device), "no /dev/null here: skipped");
        Outcome out = read(List.of(device));
        assertThat(out.failures).extracting(ReadFailure::code).containsExactly(ReadFailure.UNREADABLE);
    }

    private Outcome read(List<Path> paths) {
        Outcome out = new Outcome();
        reader.read(paths, out.articles::add, out.failures::add);
        return out;
    }

    static Path corpus() {
        try {
            return Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled())
            return t.getCurrentThreadAllocatedBytes();
        return -1;
    }

    static final class Outcome {
        final List<Article> articles = new ArrayList<>();
        final List<ReadFailure> failures = new ArrayList<>();
    }
}
