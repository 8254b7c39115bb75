package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerContract;

/** The REST API on port 0 over a DuckDB ledger of hand-built documents, through a real HTTP client. */
class ApiServerTest {
    @TempDir
    static Path dir;
    static LedgerSource source;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Doc CLAIMS = LedgerContract.claimsDoc();
    static final Doc KURSK = LedgerContract.kursk();

    @BeforeAll
    static void start() {
        String db = dir.resolve("ledger.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(CLAIMS);
            ledger.put(KURSK);
        }
        source = LedgerSource.open(db);
        app = ApiServer.create(source).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        source.close();
    }

    record Answer(int status, String contentType, String body, HttpResponse<String> response) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(body);
        }
    }

    static Answer get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                .build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field.isEmpty() ? n.asText() : n.path(field).asText()));
        return out;
    }

    @Test
    void claimsAreListedWithTheCliFiltersAndPaged() throws Exception {
        Answer all = get("/api/claims");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("application/json");
        JsonNode body = all.json();
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(texts(body.get("items"), "cue")).containsExactly("stated", "reported", "denied");
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("source").get("code").asText()).isEqualTo("UKRMIL");
        assertThat(first.get("evidence").get("article").asText()).isEqualTo(CLAIMS.article().id().value());
        int start = first.get("contentSpan").get("start").asInt(), end = first.get("contentSpan").get("end").asInt();
        assertThat(CLAIMS.text().substring(start, end)).isEqualTo(first.get("content").asText());

        assertThat(texts(get("/api/claims?by=UKRMIL").json().get("items"), "cue")).containsExactly("stated", "denied");
        assertThat(texts(get("/api/claims?about=kim%20jong").json().get("items"), "cue")).containsExactly("reported");
        assertThat(texts(get("/api/claims?from=2025-04-28").json().get("items"), "cue")).containsExactly("reported");
        assertThat(texts(get("/api/claims?to=2025-04-27").json().get("items"), "cue")).containsExactly("stated");
        assertThat(texts(get("/api/claims?q=CLASHES").json().get("items"), "cue")).containsExactly("stated");
        assertThat(texts(get("/api/claims?place=Sudzha").json().get("items"), "cue")).containsExactly("stated");
        assertThat(texts(get("/api/claims?source=PRKMED").json().get("items"), "cue")).containsExactly("reported");
        JsonNode page = get("/api/claims?offset=1&limit=1").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(1);
        assertThat(texts(page.get("items"), "cue")).containsExactly("reported");
        assertThat(get("/api/claims?limit=1&&").json().get("items")).as("stray '&'s name nothing").hasSize(1);
    }

    @Test
    void badParametersAreProblemsWithAStableType() throws Exception {
        for (String[] c : new String[][] {
                {"/api/claims?from=2025-13-45", "invalid-parameter", "from"},
                {"/api/claims?from=yesterday", "invalid-parameter", "from"},
                {"/api/claims?limit=1000000000", "invalid-parameter", "limit"},
                {"/api/claims?limit=99999999999999999999", "invalid-parameter", "limit"},
                {"/api/claims?limit=0", "invalid-parameter", "limit"},
                {"/api/claims?offset=-1", "invalid-parameter", "offset"},
                {"/api/claims?from=2025-04-28&to=2025-04-01", "invalid-parameter", "before"},
                {"/api/claims?by=" + "x".repeat(201), "invalid-parameter", "by"},
                {"/api/claims?limit=5&limit=6", "invalid-parameter", "limit"},
                {"/api/claims?frm=2025-01-01", "unknown-parameter", "frm"},
                {"/api/places?limit=501", "invalid-parameter", "limit"},
                {"/api/articles/not-an-id", "invalid-parameter", "hexadecimal"},
                {"/api/actors/ukrmil;drop", "invalid-parameter", "actor code"}}) {
            Answer a = get(c[0]);
            assertThat(a.status()).as(c[0]).isEqualTo(400);
            assertThat(a.contentType()).as(c[0]).startsWith("application/problem+json");
            JsonNode p = a.json();
            assertThat(p.get("type").asText()).as(c[0]).isEqualTo("urn:sitrep:problem:" + c[1]);
            assertThat(p.get("status").asInt()).isEqualTo(400);
            assertThat(p.get("detail").asText()).as(c[0]).contains(c[2]);
            assertThat(a.body()).as("no stack trace").doesNotContain("Exception").doesNotContain("at org.");
        }
        Answer missing = get("/api/articles/" + "0".repeat(16));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asText()).isEqualTo("urn:sitrep:problem:not-found");
        Answer nowhere = get("/api/nothing-here");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/actors/ZZZ").status()).isEqualTo(404);
    }

    @Test
    void anArticleComesWithItsTextLayersAndClaims() throws Exception {
        String id = CLAIMS.article().id().value();
        JsonNode a = get("/api/articles/" + id).json();
        assertThat(a.get("text").asText()).isEqualTo(CLAIMS.text());
        assertThat(a.get("title").asText()).isEqualTo("Claims");
        assertThat(a.get("layers").has("actors")).isTrue();
        assertThat(a.get("layers").has("tokens")).as("bulky layers only on request").isFalse();
        assertThat(texts(a.get("claims"), "cue")).containsExactly("stated", "reported", "denied");
        JsonNode list = get("/api/articles?limit=1").json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("items")).hasSize(1);
        assertThat(texts(get("/api/articles").json().get("items"), "id"))
                .containsExactlyInAnyOrder(id, KURSK.article().id().value());
    }

    @Test
    void placesAreAGeoJsonFeatureCollectionWithClaimCounts() throws Exception {
        Answer a = get("/api/places");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/geo+json");
        JsonNode fc = a.json();
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(2);
        JsonNode sudzha = null;
        for (JsonNode f : fc.get("features")) if (f.get("properties").get("name").asText().equals("Sudzha")) sudzha = f;
        assertThat(sudzha).isNotNull();
        assertThat(sudzha.get("geometry").get("type").asText()).isEqualTo("Point");
        assertThat(sudzha.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first").isEqualTo(35.3);
        assertThat(sudzha.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(51.2);
        assertThat(sudzha.get("properties").get("claims").asLong()).isEqualTo(1);
        assertThat(get("/api/places?from=2025-04-28").json().get("features")).hasSize(1);
        assertThat(get("/api/places?limit=1").json().get("features")).hasSize(1);
    }

    @Test
    void timelineActorsAndProfile() throws Exception {
        JsonNode days = get("/api/claims/days").json().get("days");
        assertThat(texts(days, "day")).containsExactly("2025-04-27", "2025-04-28");
        assertThat(get("/api/claims/days?by=PRK").json().get("days")).hasSize(1);
        JsonNode actors = get("/api/actors").json().get("items");
        assertThat(texts(actors, "code")).containsExactly("UKRMIL", "PRKMED");
        assertThat(actors.get(0).get("claims").asLong()).isEqualTo(2);
        JsonNode profile = get("/api/actors/UKRMIL").json();
        assertThat(profile.get("name").asText()).isEqualTo("General Staff of Ukraine");
        assertThat(profile.get("total").asLong()).isEqualTo(2);
        assertThat(texts(profile.get("days"), "day")).containsExactly("2025-04-27");
        assertThat(texts(profile.get("items"), "cue")).containsExactly("stated", "denied");
        assertThat(profile.get("polarity").get("denies").asInt()).isEqualTo(1);
        assertThat(profile.get("cueClasses").get("assert").asInt()).isEqualTo(1);
    }

    @Test
    void claimsAndPlacesFollowTheLedgerWhenItChanges() throws Exception {
        String db = dir.resolve("changing.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(KURSK); // no claims yet
        }
        try (LedgerSource changing = LedgerSource.open(db)) {
            Javalin server = ApiServer.create(changing).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + server.port();
                assertThat(getJson(base + "/api/claims").get("total").asLong()).isZero();
                try (Ledger ledger = Ledger.open(db)) {
                    ledger.put(CLAIMS);
                }
                changing.refresh(); // or the poller has already taken the new state
                assertThat(texts(getJson(base + "/api/claims?by=UKRMIL").get("items"), "cue")).containsExactly("stated", "denied");
                assertThat(getJson(base + "/api/places").get("features")).hasSize(2);
                // A re-analysis that keeps one claim replaces the three.
                try (Ledger ledger = Ledger.open(db)) {
                    ledger.put(CLAIMS.with(Layer.CLAIMS, CLAIMS.get(Layer.CLAIMS).subList(1, 2)), Map.of("attribute", "3"));
                }
                changing.refresh(); // or the poller has already taken the new state
                assertThat(texts(getJson(base + "/api/claims").get("items"), "cue")).containsExactly("stated");
                assertThat(texts(getJson(base + "/api/places").get("features"), "")).hasSize(1);
            } finally {
                server.stop();
            }
        }
    }

    static JsonNode getJson(String url) throws Exception {
        return Json.mapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : List.of("/api/claims", "/api/claims?limit=0", "/openapi.json")) {
            String csp = get(path).response().headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(get(path).response().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void thePageIsServedGzippedAndRevalidatedAndLeafletCachedForAYear() throws Exception {
        for (String path : List.of("/", "/app.js", "/world/countries-50m.json", "/webjars/leaflet/1.9.4/dist/leaflet.js")) {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).contains(ApiServer.CSP);
            assertThat(r.headers().firstValue("Cache-Control")).as(path)
                    .contains(path.startsWith("/webjars/") ? "public, max-age=31536000, immutable" : "no-cache");
            String etag = r.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Accept-Encoding", "gzip").header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as(path + " revalidated").isEqualTo(304);
        }
        assertThat(get("/").contentType()).startsWith("text/html");
        assertThat(get("/world/countries-50m.json").contentType()).startsWith("application/json");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutes() throws Exception {
        Answer a = get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode doc = a.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrderElementsOf(ApiServer.ROUTES);
        List<String> types = texts(doc.get("components").get("schemas").get("Problem").get("properties").get("type")
                .get("enum"), "");
        List<String> declared = new ArrayList<>();
        for (ApiProblem.Type t : ApiProblem.Type.values()) declared.add(t.uri());
        assertThat(types).containsExactlyInAnyOrderElementsOf(declared);
        List<String> kinds = texts(doc.get("components").get("schemas").get("Dispute").get("properties").get("kind")
                .get("enum"), "");
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(org.sitrep.link.Dispute.Kind.values())
                .map(Enum::name).toList());
        // Each documented query parameter is accepted by its route (no unknown-parameter answer).
        for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
            String path = it.next();
            for (JsonNode p : doc.get("paths").get(path).get("get").path("parameters")) {
                if (!p.get("in").asText().equals("query")) continue;
                String concrete = path.replace("{id}", CLAIMS.article().id().value()).replace("{code}", "UKRMIL");
                String value = p.path("schema").has("enum") ? p.path("schema").path("enum").get(0).asText()
                        : p.path("schema").path("format").asText().equals("date") ? "2025-04-27"
                        : p.path("schema").path("type").asText().equals("integer") ? "1"
                        : p.get("name").asText().equals("layers") ? "all" : "x";
                Answer r = get(concrete + "?" + p.get("name").asText() + "=" + value);
                assertThat(r.status()).as(concrete + " " + p.get("name")).isIn(200, 404);
            }
        }
    }
}
