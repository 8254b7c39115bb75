package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.Report;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredLinks;

/**
 * Linking through the real pipeline (CoreNLP models, a DuckDB ledger): the scenario suite of
 * {@code src/test/resources/link-scenario} (sixteen short articles written for this test by invented outlets: a wire story
 * printed three times, a count disputed by the other side, a capture claim contested by reported fighting, a denied
 * then acknowledged withdrawal, one explosion blamed on both sides, a drone strike one side reports and the other denies,
 * a planned attack one side warns of and the other denies, a shelling one side accuses the other of and the accused
 * denies) finds everything planted and nothing else, in
 * any arrival order; and the bundled examples show their Predtechyne reversal and contested capture claim.
 */
class LinkScenarioIT {
    private static final Path SCENARIO = Path.of("src", "test", "resources", "link-scenario");
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private static StoredLinks analyze(List<Path> inputs, String db) {
        List<String> args = new ArrayList<>(List.of("analyze"));
        inputs.forEach(p -> args.add(p.toString()));
        args.addAll(List.of("--db", db));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Ledger ledger = Ledger.openReadOnly(db)) {
            return ledger.links();
        }
    }

    private static String outletOf(Report r, List<ArticleSummary> articles) {
        return articles.stream().filter(a -> a.id().equals(r.article())).map(ArticleSummary::outlet).findFirst().orElse("?");
    }

    private static List<ArticleSummary> articles(String db) {
        try (Ledger ledger = Ledger.openReadOnly(db)) {
            return ledger.articles();
        }
    }

    /** A dispute as "KIND place: outlet of first / outlet of second". */
    private static String describe(Dispute d, List<ArticleSummary> articles) {
        var place = d.first().assertion().place();
        return d.kind() + " " + (place == null ? "-" : place.place().name()) + ": " + outletOf(d.first(), articles)
                + " / " + outletOf(d.second(), articles);
    }

    @Test
    void everyPlantedLinkIsFoundAndNothingElseWhateverTheOrder() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCENARIO)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(16);
        String db = dir.resolve("scenario.duckdb").toString();
        StoredLinks links = analyze(files, db);
        List<ArticleSummary> articles = articles(db);

        assertThat(links.disputes()).extracting(d -> describe(d, articles)).containsExactlyInAnyOrder(
                // the Russian figure against the regional governor's, carried by the wire story (any of its prints)
                "DISPUTED_COUNT Kherson: Volga-24 / " + outletOf(links.disputes().stream()
                        .filter(d -> d.kind() == Dispute.Kind.DISPUTED_COUNT).findFirst().orElseThrow().second(), articles),
                "CONTESTED_CONTROL Vovchansk: Volga-24 / Dnipro Evening Post",
                "REVERSAL Hulyaypole: Harbor Gazette / Harbor Gazette",
                "RESPONSIBILITY_DISPUTED Kurakhove: Capital Ledger / Volga-24",
                "OCCURRED_DENIED Kupiansk: Dnipro Evening Post / Volga-24",
                // a minister's warning that Russia plans to attack Narva, the Kremlin's denial two days later
                "PLAN_DENIED Narva: Baltic Courier / Volga-24",
                // Kyiv accuses Russia of shelling the Nikopol hospital, the Russian Defence Ministry denies it next day
                "RESPONSIBILITY_DENIED Nikopol: Steppe Herald / Volga-24");
        Dispute count = links.disputes().stream().filter(d -> d.kind() == Dispute.Kind.DISPUTED_COUNT).findFirst().orElseThrow();
        assertThat(outletOf(count.second(), articles)).isIn("Northline Wire", "Baltic Courier", "Steppe Herald");
        Dispute reversal = links.disputes().stream().filter(d -> d.kind() == Dispute.Kind.REVERSAL).findFirst().orElseThrow();
        assertThat(reversal.first().stated()).hasToString("2026-05-11");
        assertThat(reversal.second().stated()).hasToString("2026-05-15");
        assertThat(reversal.first().holderKey()).isEqualTo(reversal.second().holderKey()).startsWith("UKR");

        // the wire story's three prints are one source: every happening they alone make rests on one original
        var northline = articles.stream().filter(a -> a.outlet().equals("Northline Wire")).findFirst().orElseThrow().id();
        // the group's original is its earliest print (day, then id): one of the two printed on May 4
        String original = links.happenings().stream().flatMap(h -> h.members().stream())
                .filter(r -> r.article().equals(northline)).findFirst().orElseThrow().copyOf();
        assertThat(articles.stream().filter(a -> a.id().value().equals(original)).findFirst().orElseThrow().outlet())
                .isIn("Northline Wire", "Baltic Courier");
        List<Happening> kherson = links.happenings().stream()
                .filter(h -> h.members().stream().allMatch(r -> r.copyOf().equals(original))).toList();
        assertThat(kherson).isNotEmpty();
        assertThat(kherson).anySatisfy(h -> assertThat(h.members().stream().map(Report::article).distinct()).hasSize(3));
        assertThat(kherson).allSatisfy(h -> assertThat(h.independentSources()).isEqualTo(1));

        // another arrival order, one article at a time: the same links
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(5));
        String db2 = dir.resolve("shuffled.duckdb").toString();
        for (Path p : shuffled) analyze(List.of(p), db2);
        try (Ledger ledger = Ledger.openReadOnly(db2)) {
            StoredLinks again = ledger.links();
            assertThat(lines(again)).containsExactlyElementsOf(lines(links));
        }
    }

    private static List<String> lines(StoredLinks links) {
        List<String> out = new ArrayList<>();
        for (Happening h : links.happenings())
            out.add(h.id() + " " + h.about() + " " + h.originals() + " " + h.members().stream().map(Report::key).toList());
        for (Dispute d : links.disputes()) out.add(d.kind() + " " + d.first().key() + " " + d.second().key() + " " + d.reason());
        return out;
    }

    @Test
    void theExamplesShowThePredtechyneReversalAndTheContestedCaptureClaim() {
        String db = dir.resolve("examples.duckdb").toString();
        StoredLinks links = analyze(List.of(EXAMPLES), db);
        assertThat(links.disputes()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Dispute.Kind.REVERSAL);
            assertThat(d.first().holderKey()).isEqualTo("UKRMIL");
            assertThat(d.first().assertion().place().place().name()).isEqualTo("Predtechyne");
            assertThat(d.first().stated()).hasToString("2026-03-10");
            assertThat(d.second().stated()).hasToString("2026-03-13");
        });
        assertThat(links.disputes()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(Dispute.Kind.CONTESTED_CONTROL);
            assertThat(List.of(d.first(), d.second())).anySatisfy(r -> {
                assertThat(r.holderKey()).startsWith("RUS");
                assertThat(r.assertion().place().place().name()).isEqualTo("Predtechyne");
            });
        });
    }
}
