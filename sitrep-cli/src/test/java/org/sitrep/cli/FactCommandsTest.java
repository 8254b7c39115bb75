package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.PloverType;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.store.Ledger;
import org.sitrep.testkit.TestDocs;

/** {@code sitrep events} and {@code sitrep assertions} over a hand-built ledger: filters, table, JSON. No model. */
class FactCommandsTest {
    private static final String TEXT = "The General Staff said Russian forces captured Sudzha, and 21 clashes took place.";
    @TempDir
    Path dir;
    private String db;

    private static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }

    @BeforeEach
    void store() {
        db = dir.resolve("ledger.duckdb").toString();
        Doc doc = TestDocs.tokenized(TEXT, LocalDate.of(2025, 4, 28));
        Evidence ev = new Evidence(doc.article().id(), new Span(0, TEXT.length()), "events", "1", 0.7);
        Place sudzha = new Place(703448, "Sudzha", FeatureKind.POPULATED_PLACE, "RU", "Kursk Oblast", "", 51.19, 35.27, 1);
        PlaceMention where = new PlaceMention(span("Sudzha"), sudzha, ev);
        ActorRef staff = ActorRef.named("UKRMIL", "General Staff of Ukraine", span("General Staff"));
        ActorRef russians = ActorRef.named("RUSMIL", "Russian forces", span("Russian forces"));
        Quantity clashes = new Quantity(span("21 clashes"), 21, null, Quantity.Bound.EXACT, "clashes", ev);
        Event capture = new Event(span("captured"), "capture", PloverType.COERCE, "seize", "192", russians, null, where,
                null, null, List.of(), Polarity.POSITIVE, Modality.ACTUAL, "cue:18-22", staff, ev);
        Event fight = new Event(span("clashes"), "clash", PloverType.FIGHT, "", "190", null, null, null, null, null,
                List.of(clashes), Polarity.POSITIVE, Modality.ACTUAL, "cue:18-22", staff, ev);
        Assertion control = new Assertion(span("captured"), Assertion.Kind.CONTROL, Polarity.POSITIVE,
                ActorRef.named("RUS", "Russian forces", span("Russian forces")), where, null, null, null, null, 0,
                "cue:18-22", staff, ev);
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(doc.with(Layer.EVENTS, List.of(capture, fight)).with(Layer.ASSERTIONS, List.of(control)));
        }
    }

    @Test
    void eventsAreListedAndFilteredByTypeAndPlaceContainment() throws Exception {
        CliRun all = CliRun.of("events", "--db", db);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("COERCE/seize", "RUSMIL -> - @ Sudzha (Kursk Oblast)", "FIGHT", "21 clashes",
                "held by UKRMIL").endsWith("2 events" + System.lineSeparator());
        JsonNode fights = Json.mapper().readTree(CliRun.of("events", "--db", db, "--type", "fight", "--json").out());
        assertThat(fights.path("count").asInt()).isEqualTo(1);
        assertThat(fights.path("events").get(0).path("quantities").get(0).path("value").asInt()).isEqualTo(21);
        JsonNode kursk = Json.mapper().readTree(CliRun.of("events", "--db", db, "--about", "Kursk", "--json").out());
        assertThat(kursk.path("count").asInt()).isEqualTo(1);
        assertThat(CliRun.of("events", "--db", db, "--by", "RUS").out()).endsWith("0 events" + System.lineSeparator());
    }

    @Test
    void assertionsCarryKindControllerPlaceAndHolder() throws Exception {
        JsonNode a = Json.mapper().readTree(CliRun.of("assertions", "--db", db, "--about", "Sudzha", "--json").out());
        assertThat(a.path("count").asInt()).isEqualTo(1);
        JsonNode control = a.path("assertions").get(0);
        assertThat(control.path("kind").asText()).isEqualTo("CONTROL");
        assertThat(control.path("actor").path("code").asText()).isEqualTo("RUS");
        assertThat(control.path("holder").path("code").asText()).isEqualTo("UKRMIL");
        assertThat(control.path("time").isNull()).isTrue();
        assertThat(CliRun.of("assertions", "--db", db, "--from", "2025-04-29").out())
                .endsWith("0 assertions" + System.lineSeparator());
        assertThat(CliRun.of("assertions", "--db", db, "--from", "2025-04-29", "--to", "2025-04-01").exitCode())
                .isEqualTo(Main.USAGE);
    }

    @Test
    void aHypotheticalCaptureIsMarkedAndFilteredApartFromWhatHappened() throws Exception {
        String text = "An analyst said Russian forces could take Sudzha within days.";
        Doc doc = TestDocs.tokenized(text, LocalDate.of(2025, 4, 29));
        Evidence ev = new Evidence(doc.article().id(), new Span(0, text.length()), "events", "1", 0.7);
        int start = text.indexOf("take");
        Assertion couldTake = new Assertion(new Span(start, start + 4), Assertion.Kind.CONTROL, Polarity.POSITIVE,
                Modality.HYPOTHETICAL, ActorRef.named("RUS", "Russian forces", null), null, null, null, null, null, -1,
                null, ActorRef.named(null, "An analyst", null), ev);
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(doc.with(Layer.ASSERTIONS, List.of(couldTake)));
        }
        CliRun table = CliRun.of("assertions", "--db", db);
        assertThat(table.out()).contains("(hypothetical)").endsWith("2 assertions" + System.lineSeparator());
        assertThat(table.out().lines().filter(l -> l.contains("(hypothetical)")).toList()).hasSize(1);
        JsonNode actual = Json.mapper().readTree(
                CliRun.of("assertions", "--db", db, "--modality", "actual", "--json").out());
        assertThat(actual.path("count").asInt()).isEqualTo(1);
        assertThat(actual.path("assertions").get(0).path("modality").asText()).isEqualTo("ACTUAL");
        JsonNode could = Json.mapper().readTree(
                CliRun.of("assertions", "--db", db, "--modality", "HYPOTHETICAL", "--json").out());
        assertThat(could.path("count").asInt()).isEqualTo(1);
        assertThat(could.path("assertions").get(0).path("published").asText()).isEqualTo("2025-04-29");
        assertThat(CliRun.of("assertions", "--db", db, "--modality", "maybe").exitCode()).isEqualTo(Main.USAGE);
    }
}
