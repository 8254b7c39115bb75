package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.store.Ledger;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Stance;

/**
 * {@code sitrep claims} answered from the claims table prints exactly what the former in-Java filtering over whole
 * documents printed ({@link ClaimRows}, kept as the oracle), for every filter. Hand-built documents, no model.
 */
class ClaimsCommandTest {
    @TempDir
    Path dir;
    private String db;
    private List<Doc> docs;

    @BeforeEach
    void storeTwoArticles() {
        db = dir.resolve("ledger.duckdb").toString();
        docs = List.of(kcnaReport(), genstaffReport());
        try (Ledger ledger = Ledger.open(db)) {
            docs.forEach(ledger::put);
        }
    }

    private static Span span(String text, String part) {
        int start = text.indexOf(part);
        assertThat(start).as("'%s' occurs in the text", part).isNotNegative();
        return new Span(start, start + part.length());
    }

    private static Claim claim(Article a, String cue, String cueClass, ActorRef source, List<ActorRef> chain,
                               String content, String stance, String polarity, LocalDate date, String sentence) {
        String t = a.text();
        return new Claim(span(t, cue), cue.toLowerCase(), CueClass.of(cueClass), source, chain, span(t, content),
                Stance.of(stance), ClaimPolarity.of(polarity), cue.equals("acknowledged"), date,
                date == null ? null : DateBasis.EXPLICIT,
                new Evidence(a.id(), span(t, sentence), "attribute", "3", 0.65));
    }

    /** An invented state-agency report relayed by a wire, with a place in the content. */
    private static Doc kcnaReport() {
        String t = "Pyongyang's news agency KCNA said on Monday that soldiers had fought in the Kursk region. "
                + "The agency also acknowledged losses among the troops.";
        Article a = Article.of("Meridian Wire", "https://example.org/a", "en", LocalDate.of(2025, 4, 28),
                Instant.parse("2025-04-28T06:00:00Z"), "KCNA on Kursk", t, "test/a.txt");
        Evidence ev = new Evidence(a.id(), span(t, "KCNA"), "resolve", "1", 0.9);
        ActorRef wire = new ActorRef(null, "Meridian Wire", null, null);
        ActorRef kcna = ActorRef.named("PRKMED", "Korean Central News Agency", span(t, "KCNA"));
        ActorRef agency = new ActorRef("PRKMED", "Korean Central News Agency", span(t, "The agency"), span(t, "KCNA"));
        // Test data: GeoNames id and coordinates are placeholders.
        Place oblast = new Place(1111111, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.7, 36.2, 3);
        return Doc.of(a)
                .with(Layer.ACTORS, List.of(new ActorMention(span(t, "KCNA"), "PRKMED", "Korean Central News Agency", null, ev),
                        new ActorMention(span(t, "soldiers"), "PRKMIL", "Korean People's Army", null, ev)))
                .with(Layer.PLACES, List.of(new PlaceMention(span(t, "the Kursk region"), oblast, ev)))
                .with(Layer.CLAIMS, List.of(
                        claim(a, "said", "assert", kcna, List.of(wire, kcna), "soldiers had fought in the Kursk region",
                                "neutral", "asserts", LocalDate.of(2025, 4, 28), t.substring(0, t.indexOf(". ") + 1)),
                        claim(a, "acknowledged", "acknowledge", agency, List.of(wire, agency), "losses among the troops",
                                "neutral", "asserts", null, "The agency also acknowledged losses among the troops.")));
    }

    /** An invented general-staff count and a denial, an earlier statement day, from another outlet. */
    private static Doc genstaffReport() {
        String t = "Ukraine's General Staff reported 21 clashes near Sudzha on April 27. "
                + "Moscow denied that its forces had \"withdrawn\" from the town.";
        Article a = Article.of("Kyiv Daily", "https://example.org/b", "en", LocalDate.of(2025, 4, 28), null,
                "Clashes", t, "test/b.txt");
        Evidence ev = new Evidence(a.id(), span(t, "Moscow"), "resolve", "1", 0.9);
        ActorRef paper = new ActorRef(null, "Kyiv Daily", null, null);
        ActorRef staff = ActorRef.named("UKRMIL", "General Staff of Ukraine", span(t, "Ukraine's General Staff"));
        ActorRef moscow = ActorRef.named("RUSGOV", "Government of Russia", span(t, "Moscow"));
        Place sudzha = new Place(2222222, "Sudzha", FeatureKind.POPULATED_PLACE, "RU", "Kursk Oblast", "", 51.2, 35.3, 1);
        return Doc.of(a)
                .with(Layer.ACTORS, List.of(new ActorMention(span(t, "Ukraine's General Staff"), "UKRMIL", "General Staff of Ukraine", null, ev),
                        new ActorMention(span(t, "Moscow"), "RUSGOV", "Government of Russia", null, ev),
                        new ActorMention(span(t, "its forces"), "RUSMIL", "Russian Armed Forces", null, ev)))
                .with(Layer.PLACES, List.of(new PlaceMention(span(t, "Sudzha"), sudzha, ev)))
                .with(Layer.CLAIMS, List.of(
                        claim(a, "reported", "assert", staff, List.of(paper, staff), "21 clashes near Sudzha on April 27",
                                "neutral", "asserts", LocalDate.of(2025, 4, 27), t.substring(0, t.indexOf(". ") + 1)),
                        claim(a, "denied", "deny", moscow, List.of(paper, moscow),
                                "its forces had \"withdrawn\" from the town", "distanced", "denies",
                                LocalDate.of(2025, 4, 28), t.substring(t.indexOf("Moscow")))));
    }

    private String before(String by, String about, LocalDate from, LocalDate to) {
        return ClaimRows.listing(docs, by, about, from, to);
    }

    private String now(String... filters) {
        List<String> args = new ArrayList<>(List.of("claims", "--json", "--db", db));
        args.addAll(List.of(filters));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static int count(String json) throws Exception {
        return Json.mapper().readTree(json).path("count").asInt(-1);
    }

    @Test
    void jsonOutputIsWhatTheDocumentScanPrintedForEveryFilter() throws Exception {
        String all = now();
        assertThat(all).isEqualTo(before(null, null, null, null));
        assertThat(count(all)).isEqualTo(4);
        JsonNode first = Json.mapper().readTree(all).path("claims").get(0);
        assertThat(first.path("cue").asText()).isEqualTo("reported"); // April 27 comes first
        assertThat(first.path("place").path("name").asText()).isEqualTo("Sudzha");
        assertThat(Json.mapper().readTree(all).path("claims").get(3).path("statementDate").isNull()).isTrue();

        record Case(String by, String about, LocalDate from, LocalDate to, int expected) {}
        List<Case> cases = List.of(new Case("PRK", null, null, null, 2), new Case("RUS", null, null, null, 1),
                new Case("wire", null, null, null, 2), new Case("general staff", null, null, null, 1),
                new Case("prk", null, null, null, 0), new Case(null, "RUS", null, null, 1),
                new Case(null, "kursk", null, null, 1), new Case(null, "sudzha", null, null, 1),
                new Case(null, "Korean People", null, null, 1), new Case(null, "withdrawn", null, null, 1),
                new Case(null, "LOSSES", null, null, 1), new Case(null, "_", null, null, 0),
                new Case(null, null, LocalDate.of(2025, 4, 28), null, 2),
                new Case(null, null, null, LocalDate.of(2025, 4, 27), 1),
                new Case("Kyiv", "Sudzha", LocalDate.of(2025, 4, 27), LocalDate.of(2025, 4, 28), 1));
        for (Case c : cases) {
            List<String> args = new ArrayList<>();
            if (c.by() != null) args.addAll(List.of("--by", c.by()));
            if (c.about() != null) args.addAll(List.of("--about", c.about()));
            if (c.from() != null) args.addAll(List.of("--from", c.from().toString()));
            if (c.to() != null) args.addAll(List.of("--to", c.to().toString()));
            String json = now(args.toArray(String[]::new));
            assertThat(json).as("%s", c).isEqualTo(before(c.by(), c.about(), c.from(), c.to()));
            assertThat(count(json)).as("%s", c).isEqualTo(c.expected());
        }
    }

    @Test
    void tablePrintsOneEntryPerClaimWithItsChain() {
        CliRun run = CliRun.of("claims", "--db", db, "--by", "RUS");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2025-04-28  RUSGOV", "DENIES", "Government of Russia: \"its forces had \"withdrawn\" from the town\"",
                "via Kyiv Daily > RUSGOV").doesNotContain("PRKMED").endsWith("1 claim(s)" + System.lineSeparator());
    }

    @Test
    void toBeforeFromIsAUsageError() {
        assertThat(CliRun.of("claims", "--db", db, "--from", "2025-04-28", "--to", "2025-04-27").exitCode())
                .isEqualTo(Main.USAGE);
    }
}
