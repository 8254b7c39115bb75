package org.sitrep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.json.Json;
import org.sitrep.model.Doc;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerContract;

/** POST /api/articles through a real HTTP client, with a stand-in analyser (no CoreNLP): reading, storing, refusing. */
class ArticleIngestTest {
    @TempDir
    Path dir;
    LedgerSource source;
    Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    Javalin start(boolean ingest) {
        String db = dir.resolve("ledger.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(LedgerContract.claimsDoc());
        }
        source = LedgerSource.open(db);
        app = ApiServer.create(source, ingest ? new ArticleIngest(db, source, Doc::of, Map.of("test", "1")) : null)
                .start("127.0.0.1", 0);
        return app;
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        if (source != null) source.close();
    }

    HttpResponse<String> post(String body, String contentType, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) b.header("Origin", origin);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    long articles() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + "/api/status")).build(), HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(r.body()).get("articles").asLong();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    @Test
    void aPostedArticleIsStoredAndServedAtOnce() throws Exception {
        start(true);
        String text = "date 2026-03-14\noutlet: Test Wire\ntitle: Quiet day\n\nOfficials said the front was quiet.\n";
        HttpResponse<String> r = post(text, "text/plain; charset=utf-8", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode stored = json(r).get("articles").get(0);
        assertThat(stored.get("result").asText()).isEqualTo("stored");
        assertThat(stored.get("title").asText()).isEqualTo("Quiet day");
        assertThat(articles()).isEqualTo(2);
        assertThat(json(post(text, "text/plain", null)).get("articles").get(0).get("result").asText())
                .isEqualTo("already_stored");
        assertThat(post(text, "text/plain", "http://127.0.0.1:" + app.port()).statusCode()).as("same origin").isEqualTo(201);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        start(true);
        HttpResponse<String> empty = post("   ", "text/plain", null);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(empty).get("type").asText()).isEqualTo("urn:sitrep:problem:unprocessable-article");
        assertThat(json(empty).get("detail").asText()).contains("read.empty");
        HttpResponse<String> noDate = post("{\"text\": \"no date here\"}\n", "application/x-ndjson", null);
        assertThat(noDate.statusCode()).isEqualTo(422);
        assertThat(json(noDate).get("detail").asText()).contains("read.");
        HttpResponse<String> pdf = post("%PDF-1.4", "application/pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(json(pdf).get("type").asText()).isEqualTo("urn:sitrep:problem:unsupported-media-type");
        HttpResponse<String> crossSite = post("date 2026-03-14\n\nText.", "text/plain", "http://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(json(crossSite).get("type").asText()).isEqualTo("urn:sitrep:problem:forbidden-origin");
        assertThat(articles()).isEqualTo(1);
    }

    @Test
    void withoutAllowIngestTheApiIsReadOnly() throws Exception {
        start(false);
        HttpResponse<String> r = post("date 2026-03-14\n\nText.", "text/plain", null);
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(json(r).get("detail").asText()).contains("--allow-ingest");
        assertThat(articles()).isEqualTo(1);
    }
}
