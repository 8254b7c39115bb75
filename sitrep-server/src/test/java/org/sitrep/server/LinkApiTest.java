package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerContract;

/**
 * Events, assertions, happenings and disputes over HTTP: a ledger of three short articles written for this test
 * (Ukraine says it holds a village, Russia says it took it the same day, Ukraine later says it withdrew) beside the
 * store's hand-built claims and events documents.
 */
class LinkApiTest {
    @TempDir
    static Path dir;
    static LedgerSource source;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Place VILLAGE = new Place(2, "Predtechyne", FeatureKind.POPULATED_PLACE, "UA", "Donetsk",
            "Kramatorsk Raion", 48.47, 37.7, 1);
    static final ActorRef UKR = ActorRef.named("UKR", "Ukraine", null);
    static final ActorRef RUS = ActorRef.named("RUS", "Russia", null);
    static final Doc HOLDS = doc("Meridian Test Wire", "2026-03-10",
            "Ukraine's military said on Tuesday its troops still held Predtechyne after repeated assaults.", "held",
            Polarity.POSITIVE, UKR, "UKRMIL", "Ukraine (military)");
    static final Doc TAKEN = doc("Novosti Test Agency", "2026-03-10",
            "Russia's defence ministry said its forces had captured Predtechyne, a village south of the city.",
            "captured", Polarity.POSITIVE, RUS, "RUSMIL", "Russia (military)");
    static final Doc WITHDRAWN = doc("Donbas Test Daily", "2026-03-13",
            "Ukraine's military said its units had withdrawn from Predtechyne to better lines overnight.", "withdrawn",
            Polarity.NEGATIVE, UKR, "UKRMIL", "Ukraine (military)");

    static Doc doc(String outlet, String date, String text, String trigger, Polarity polarity, ActorRef controller,
                   String holderCode, String holderName) {
        Article art = Article.of(outlet, null, "en", LocalDate.parse(date), null, null, text, "test");
        Evidence ev = new Evidence(art.id(), new Span(0, text.length()), "assert", "1", 0.8);
        int at = text.indexOf(trigger), village = text.indexOf("Predtechyne");
        LocalDate day = LocalDate.parse(date);
        TimeMention time = new TimeMention(new Span(0, 0), new TimeValue(date, "DATE", TimeValue.Granularity.DAY, day,
                day.plusDays(1), null, null, TimeValue.Anchoring.ABSOLUTE, null), ev);
        Assertion a = new Assertion(new Span(at, at + trigger.length()), Assertion.Kind.CONTROL, polarity, controller,
                new PlaceMention(new Span(village, village + 11), VILLAGE, ev), null, time, null, null, -1, "cue:0-4",
                ActorRef.named(holderCode, holderName, new Span(0, 18)), ev);
        return Doc.of(art).with(Layer.ASSERTIONS, List.of(a));
    }

    @BeforeAll
    static void start() {
        String db = dir.resolve("ledger.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            for (Doc d : List.of(LedgerContract.claimsDoc(), LedgerContract.eventsDoc(), HOLDS, TAKEN, WITHDRAWN))
                ledger.put(d);
        }
        source = LedgerSource.open(db);
        app = ApiServer.create(source).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        source.close();
    }

    static ApiServerTest.Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
        return new ApiServerTest.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    static JsonNode json(String pathAndQuery) throws Exception {
        ApiServerTest.Answer a = get(pathAndQuery);
        assertThat(a.status()).as(pathAndQuery + ": " + a.body()).isEqualTo(200);
        return a.json();
    }

    static List<String> field(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void eventsAndAssertionsAreFilteredAsTheCliDoesAndPaged() throws Exception {
        JsonNode events = json("/api/events");
        assertThat(events.get("total").asInt()).isEqualTo(2);
        assertThat(field(events.get("items"), "type")).containsExactly("FIGHT", "COERCE");
        assertThat(field(json("/api/events?type=coerce").get("items"), "type")).containsExactly("COERCE");
        assertThat(field(json("/api/events?from=2025-04-28").get("items"), "type")).containsExactly("COERCE");
        JsonNode page = json("/api/events?offset=1&limit=1");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(field(page.get("items"), "type")).containsExactly("COERCE");
        assertThat(json("/api/events?offset=5").get("items")).isEmpty();
        assertThat(field(json("/api/assertions?about=Predtechyne").get("items"), "kind"))
                .containsExactly("CONTROL", "CONTROL", "CONTROL");
        assertThat(json("/api/assertions?by=RUSMIL&about=Predtechyne").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void disputesCarryBothSidesWithTheirEvidence() throws Exception {
        JsonNode all = json("/api/disputes");
        assertThat(field(all.get("items"), "kind")).containsExactlyInAnyOrder("CONTESTED_CONTROL", "REVERSAL");
        JsonNode reversal = json("/api/disputes?kind=reversal").get("items").get(0);
        assertThat(reversal.get("reason").asText()).contains("2026-03-10", "2026-03-13");
        JsonNode first = reversal.get("first"), second = reversal.get("second");
        assertThat(first.get("evidence").get("article").asText()).isEqualTo(HOLDS.article().id().value());
        assertThat(second.get("evidence").get("article").asText()).isEqualTo(WITHDRAWN.article().id().value());
        assertThat(HOLDS.text().substring(first.get("evidence").get("start").asInt(), first.get("evidence").get("end").asInt()))
                .isEqualTo("held");
        assertThat(second.get("text").asText()).isEqualTo(WITHDRAWN.text());
        assertThat(second.get("textSpan").get("end").asInt()).isEqualTo(WITHDRAWN.text().length());
        assertThat(reversal.get("about").asText()).isEqualTo("Predtechyne");
        assertThat(reversal.get("independentSources").asInt()).isEqualTo(2);

        JsonNode one = json("/api/disputes/" + URLEncoder.encode(reversal.get("id").asText(), StandardCharsets.UTF_8));
        assertThat(one.get("reason").asText()).isEqualTo(reversal.get("reason").asText());
        assertThat(json("/api/disputes?by=RUSMIL").get("total").asInt()).isEqualTo(1);
        assertThat(json("/api/disputes?about=predtech").get("total").asInt()).isEqualTo(2);
        assertThat(json("/api/disputes?about=Kharkiv").get("total").asInt()).isZero();
        assertThat(json("/api/disputes?to=2026-03-01").get("total").asInt()).isZero();
        assertThat(json("/api/disputes?limit=1").get("items")).hasSize(1);
    }

    @Test
    void happeningsCountIndependentSources() throws Exception {
        JsonNode hs = json("/api/happenings?about=Predtechyne");
        assertThat(hs.get("total").asInt()).isEqualTo(1);
        JsonNode h = hs.get("items").get(0);
        assertThat(h.get("independentSources").asInt()).isEqualTo(2);
        assertThat(field(h.get("originals"), "")).hasSize(2);
        assertThat(h.get("memberCount").asInt()).isEqualTo(3);
        assertThat(json("/api/happenings?minSources=3&about=Predtechyne").get("total").asInt()).isZero();
        assertThat(json("/api/happenings?family=contest&about=Predtechyne").get("total").asInt()).isEqualTo(1);
        JsonNode one = json("/api/happenings/" + URLEncoder.encode(h.get("id").asText(), StandardCharsets.UTF_8));
        assertThat(one.get("members")).hasSize(3);
        assertThat(field(one.get("disputes"), "kind")).containsExactlyInAnyOrder("CONTESTED_CONTROL", "REVERSAL");
    }

    @Test
    void theActorProfileListsItsReversals() throws Exception {
        JsonNode profile = json("/api/actors/UKRMIL");
        assertThat(field(profile.get("reversals"), "kind")).containsExactly("REVERSAL");
        assertThat(profile.get("reversals").get(0).get("second").get("stated").asText()).isEqualTo("2026-03-13");
    }

    @Test
    void badParametersAreProblems() throws Exception {
        for (String[] c : new String[][] {
                {"/api/disputes?kind=FEUD", "invalid-parameter", "kind"},
                {"/api/disputes?limit=501", "invalid-parameter", "limit"},
                {"/api/disputes?from=2026-03-13&to=2026-03-01", "invalid-parameter", "before"},
                {"/api/disputes?q=x", "unknown-parameter", "q"},
                {"/api/happenings?minSources=-1", "invalid-parameter", "minSources"},
                {"/api/happenings?from=soon", "invalid-parameter", "from"},
                {"/api/events?type=DROP%20TABLE", "invalid-parameter", "type"},
                {"/api/events?limit=1000000000", "invalid-parameter", "limit"},
                {"/api/events?place=x", "unknown-parameter", "place"},
                {"/api/disputes/%3Cscript%3E", "invalid-parameter", "dispute"}}) {
            ApiServerTest.Answer a = get(c[0]);
            assertThat(a.status()).as(c[0]).isEqualTo(400);
            assertThat(a.contentType()).as(c[0]).startsWith("application/problem+json");
            assertThat(a.json().get("type").asText()).as(c[0]).isEqualTo("urn:sitrep:problem:" + c[1]);
            assertThat(a.json().get("detail").asText()).as(c[0]).contains(c[2]);
        }
        assertThat(get("/api/disputes/abc:00001~def:00002").status()).isEqualTo(404);
        assertThat(get("/api/happenings/abc:00001").status()).isEqualTo(404);
    }
}
