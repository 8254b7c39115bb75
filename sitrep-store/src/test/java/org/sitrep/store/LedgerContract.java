package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.testkit.TestDocs;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Stance;

/**
 * What every {@link Ledger} must do, whatever the database. A subclass names a fresh, empty database per test;
 * the same tests then run against DuckDB ({@code DuckDbLedgerTest}) and PostgreSQL ({@code PostgresLedgerIT}).
 */
public abstract class LedgerContract {
    /** A layer whose elements carry evidence, as later stages' layers will. */
    record TestClaim(Span span, String cue, String code, Evidence evidence) {}

    static final Layer<TestClaim> TEST_CLAIMS = new Layer<>("test-claims", TestClaim.class);

    /** An element whose offsets break the annotations table's CHECK: its insert fails mid-write. */
    record Broken(int start, int end, String kind) {}

    static final Layer<Broken> BROKEN = new Layer<>("test-broken", Broken.class);

    private final List<Ledger> opened = new ArrayList<>();

    /** A database name (path or JDBC URL) for {@link Ledger#open} that no other test uses; empty. */
    protected abstract String newDatabase() throws Exception;

    protected Ledger open(String db) {
        return track(Ledger.open(db));
    }

    private Ledger track(Ledger ledger) {
        opened.add(ledger);
        return ledger;
    }

    @AfterEach
    void closeLedgers() {
        for (Ledger l : opened) l.close();
    }

    static Doc analysed(String text, LocalDate published, String outlet) {
        Article base = TestDocs.article(text, published);
        Article article = Article.of(outlet, base.url(), "en", published, null, "Report from " + outlet, text, "test");
        Doc doc = Doc.of(article);
        Doc tokenized = TestDocs.tokenized(text);
        return doc.with(Layer.SENTENCES, tokenized.get(Layer.SENTENCES)).with(Layer.TOKENS, tokenized.get(Layer.TOKENS));
    }

    /** The seed-like example: "Kursk" as a place, a date, a leader, an issue. */
    public static Doc kursk() {
        String text = "On April 26, Gerasimov said the Kursk region was completely liberated.\n"
                + "Ukraine's General Staff reported 21 clashes in the Kursk direction on April 27.";
        Article a = Article.of("Test Wire", "https://example.org/kursk", "en", LocalDate.of(2025, 4, 28),
                Instant.parse("2025-04-28T09:15:00Z"), "Kursk \"liberated\"", text, "test/kursk.txt");
        Doc tokenized = TestDocs.tokenized(text);
        return Doc.of(a).with(Layer.SENTENCES, tokenized.get(Layer.SENTENCES))
                .with(Layer.TOKENS, tokenized.get(Layer.TOKENS))
                .with(Layer.ENTITIES, List.of(
                        new EntityMention(span(text, "Gerasimov"), "PERSON", 0.98),
                        new EntityMention(span(text, "Kursk"), "STATE_OR_PROVINCE", 0.9),
                        new EntityMention(span(text, "Ukraine"), "COUNTRY", 0.99)))
                .with(Layer.TIMEXES, List.of(
                        new TimeExpression(span(text, "April 26"), "DATE", "2025-04-26"),
                        new TimeExpression(span(text, "April 27"), "DATE", "2025-04-27")))
                .withIssue(new Issue(span(text, "21 clashes"), "count.unanchored", "no event for the count"))
                .withIssue(new Issue(null, "outlet.unknown", "Test Wire is not in the registry"));
    }

    static Span span(String text, String part) {
        int start = text.indexOf(part);
        assertThat(start).as("'%s' occurs in the text", part).isNotNegative();
        return new Span(start, start + part.length());
    }

    static TestClaim claim(Doc doc, String part, String code, String version) {
        Span s = span(doc.text(), part);
        return new TestClaim(s, "said", code, new Evidence(doc.article().id(), s, "attribute", version, 0.8));
    }

    @Test
    void storedLinksAreWhatLinkingEverythingAtOnceGivesWhateverTheArrivalOrder() throws Exception {
        List<Doc> docs = LinkDocs.scenario();
        List<String> expected = LinkDocs.inMemory(docs);
        assertThat(expected).anyMatch(l -> l.startsWith("D CONTESTED_CONTROL")).anyMatch(l -> l.startsWith("D REVERSAL"));
        // the three prints of the wire story are one source: the earliest print (Site B), whichever came first
        String siteB = docs.get(4).article().id().value();
        assertThat(expected).anyMatch(l -> l.startsWith("H ") && l.contains("article:" + siteB)
                && !l.contains("article:" + docs.get(2).article().id().value()));
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 3; round++) {
            List<Doc> order = new ArrayList<>(docs);
            Collections.shuffle(order, random);
            Ledger ledger = open(newDatabase());
            for (Doc d : order) ledger.put(d);
            assertThat(LinkDocs.stored(ledger)).as("order %s", order.stream().map(d -> d.article().outlet()).toList())
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aReanalyzedArticleReplacesItsLinksAndSplitsWhatItHeldTogether() throws Exception {
        List<Doc> docs = new ArrayList<>(LinkDocs.scenario());
        Ledger ledger = open(newDatabase());
        for (Doc d : docs) ledger.put(d, Map.of("assert", "1"));
        // the acknowledgment now reads as being about another village: the reversal goes, its happening splits off
        Doc ack = docs.get(6);
        Doc changed = LinkDocs.doc("ABS News", "2026-03-13", ack.text(), "withdrew", null, "troops", LinkDocs.UKRMIL,
                org.sitrep.model.Assertion.Kind.CONTROL, org.sitrep.model.Polarity.NEGATIVE, LinkDocs.UKR);
        assertThat(changed.article().id()).isEqualTo(ack.article().id());
        assertThat(ledger.put(changed, Map.of("assert", "2"))).isEqualTo(PutResult.REPLACED);
        docs.set(6, changed);
        List<String> expected = LinkDocs.inMemory(docs);
        assertThat(expected).noneMatch(l -> l.startsWith("D REVERSAL"));
        assertThat(LinkDocs.stored(ledger)).containsExactlyElementsOf(expected);
    }

    @Test
    void aLedgerLinkedByAnotherLinkerVersionIsLinkedAnewWhenOpenedForWriting() throws Exception {
        String db = newDatabase();
        List<Doc> docs = LinkDocs.scenario();
        List<String> expected = LinkDocs.inMemory(docs);
        assertThat(expected).anyMatch(l -> l.startsWith("D "));
        try (Ledger ledger = Ledger.open(db)) {
            docs.forEach(ledger::put);
        }
        String current = org.sitrep.link.IncrementalLinker.VERSION;
        // links an older linker left (its disputes missing), then links from before the version was stored
        for (String version : List.of("UPDATE link_version SET version = '0+older'", "DELETE FROM link_version")) {
            execute(db, "DELETE FROM disputes", version);
            JdbcLedger ledger = (JdbcLedger) open(db);
            assertThat(LinkDocs.stored(ledger)).as("after %s", version).containsExactlyElementsOf(expected);
            assertThat(ledger.count("link_version WHERE version = ?", current)).isEqualTo(1);
            assertThat(ledger.count("link_version")).isEqualTo(1);
            ledger.close();
        }
        // links of a newer linker stay as they are: an older sitrep does not relink them back
        execute(db, "DELETE FROM disputes", "UPDATE link_version SET version = '999+newer'");
        JdbcLedger ledger = (JdbcLedger) open(db);
        assertThat(LinkDocs.stored(ledger)).noneMatch(l -> l.startsWith("D "));
        assertThat(ledger.count("link_version WHERE version = '999+newer'")).isEqualTo(1);
    }

    /** Runs statements on the database directly (no ledger open on it), as another program would. */
    static void execute(String db, String... statements) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(JdbcLedger.jdbcUrl(db));
             java.sql.Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    @Test
    void newDatabaseHasTheLatestSchemaAndNoArticles() throws Exception {
        Ledger ledger = open(newDatabase());
        assertThat(ledger.schemaVersion()).isEqualTo(Migrations.builtIn().latest()).isPositive();
        assertThat(ledger.articleCount()).isZero();
        assertThat(ledger.articles()).isEmpty();
    }

    @Test
    void putThenFindRoundTripsTheDocumentExactly() throws Exception {
        Ledger ledger = open(newDatabase());
        Doc doc = kursk();
        assertThat(ledger.put(doc)).isEqualTo(PutResult.STORED);
        assertThat(ledger.find(doc.article().id())).contains(doc);
        assertThat(ledger.find(new ArticleId("0123456789abcdef"))).isEmpty();
    }

    @Test
    void puttingTheSameArticleAgainWritesNothing() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc doc = kursk();
        assertThat(ledger.put(doc)).isEqualTo(PutResult.STORED);
        assertThat(ledger.put(doc)).isEqualTo(PutResult.ALREADY_STORED);
        // Same id, other content, same (no) stage versions: still nothing written.
        Doc other = doc.with(Layer.ENTITIES, List.of());
        assertThat(ledger.put(other)).isEqualTo(PutResult.ALREADY_STORED);
        assertThat(ledger.articleCount()).isEqualTo(1);
        assertThat(ledger.find(doc.article().id())).contains(doc);
        assertThat(ledger.count("annotations WHERE article_id = ?", doc.article().id().value())).isEqualTo(5);
        assertThat(ledger.count("issues WHERE article_id = ?", doc.article().id().value())).isEqualTo(2);
    }

    @Test
    void newerStageVersionsReplaceTheStoredFactsAndOlderOnesDoNot() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc v1 = kursk();
        Doc v2 = v1.with(Layer.ENTITIES, List.of(new EntityMention(span(v1.text(), "Kursk"), "LOCATION", 0.7)));
        String id = v1.article().id().value();
        assertThat(ledger.isCurrent(v1.article().id(), Map.of("nlp", "1.9"))).isFalse();
        assertThat(ledger.put(v1, Map.of("nlp", "1.9"))).isEqualTo(PutResult.STORED);
        assertThat(ledger.isCurrent(v1.article().id(), Map.of("nlp", "1.9"))).isTrue();
        assertThat(ledger.isCurrent(v1.article().id(), Map.of("nlp", "1.10"))).isFalse();
        assertThat(ledger.put(v2, Map.of("nlp", "1.10"))).isEqualTo(PutResult.REPLACED);
        assertThat(ledger.find(v1.article().id())).contains(v2);
        assertThat(ledger.annotations("entities")).extracting(AnnotationRow::kind).containsExactly("LOCATION");
        assertThat(ledger.count("annotations WHERE article_id = ?", id)).isEqualTo(3);
        assertThat(ledger.count("issues WHERE article_id = ?", id)).isEqualTo(2);
        assertThat(ledger.put(v1, Map.of("nlp", "1.9"))).isEqualTo(PutResult.ALREADY_STORED);
        assertThat(ledger.put(v1, Map.of("nlp", "1.10"))).isEqualTo(PutResult.ALREADY_STORED);
        // A stage added to the pipeline counts as newer.
        assertThat(ledger.put(v1, Map.of("nlp", "1.10", "resolve", "1"))).isEqualTo(PutResult.REPLACED);
        assertThat(ledger.find(v1.article().id())).contains(v1);
        assertThat(ledger.articleCount()).isEqualTo(1);
    }

    @Test
    void stageVersionsAreReadFromTheDocumentsEvidence() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc base = kursk();
        Doc old = base.with(TEST_CLAIMS, List.of(claim(base, "the Kursk region", "RUSMIL", "1")));
        Doc renewed = base.with(TEST_CLAIMS, List.of(claim(base, "the Kursk region", "RUSMIL", "2"),
                claim(base, "21 clashes", "UKRMIL", "2")));
        assertThat(ledger.put(old)).isEqualTo(PutResult.STORED);
        assertThat(ledger.put(old)).isEqualTo(PutResult.ALREADY_STORED);
        assertThat(ledger.put(renewed)).isEqualTo(PutResult.REPLACED);
        assertThat(ledger.annotations(TEST_CLAIMS.name())).extracting(AnnotationRow::value).containsExactly("RUSMIL", "UKRMIL");
        assertThat(ledger.annotations(TEST_CLAIMS.name())).extracting(AnnotationRow::kind).containsOnly("said");
        assertThat(ledger.put(old)).isEqualTo(PutResult.ALREADY_STORED);
    }

    @Test
    void aFailedPutLeavesNoRowsOfThatArticle() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc good = analysed("Kyiv reported shelling overnight.", LocalDate.of(2025, 4, 20), "Wire A");
        ledger.put(good);
        Doc doc = kursk();
        Doc broken = doc.with(BROKEN, List.of(new Broken(9, 3, "OOPS")));
        String id = doc.article().id().value();
        assertThatThrownBy(() -> ledger.put(broken)).isInstanceOf(LedgerException.class)
                .hasMessageContaining(id).hasMessageContaining("nothing of it was written")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("check constraint")); // the failure came from the database, mid-write
        assertThat(ledger.count("articles WHERE id = ?", id)).isZero();
        assertThat(ledger.count("annotations WHERE article_id = ?", id)).isZero();
        assertThat(ledger.count("issues WHERE article_id = ?", id)).isZero();
        assertThat(ledger.find(doc.article().id())).isEmpty();
        assertThat(ledger.articleCount()).isEqualTo(1);
        // The ledger is still usable, and the same article goes in once it is sound.
        assertThat(ledger.put(doc)).isEqualTo(PutResult.STORED);
        assertThat(ledger.count("annotations WHERE article_id = ?", id)).isEqualTo(5);
    }

    @Test
    void aFailedReplacementKeepsThePreviousVersion() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc doc = kursk();
        String id = doc.article().id().value();
        ledger.put(doc, Map.of("nlp", "1"));
        Doc broken = doc.with(Layer.ENTITIES, List.of()).with(BROKEN, List.of(new Broken(-1, 4, "OOPS")));
        assertThatThrownBy(() -> ledger.put(broken, Map.of("nlp", "2"))).isInstanceOf(LedgerException.class);
        assertThat(ledger.find(doc.article().id())).contains(doc);
        assertThat(ledger.count("annotations WHERE article_id = ?", id)).isEqualTo(5);
        assertThat(ledger.count("issues WHERE article_id = ?", id)).isEqualTo(2);
        // The stored versions are still the old ones, so a sound version-2 document replaces it.
        assertThat(ledger.put(doc.with(Layer.ENTITIES, List.of()), Map.of("nlp", "2"))).isEqualTo(PutResult.REPLACED);
        assertThat(ledger.count("annotations WHERE article_id = ?", id)).isEqualTo(2);
    }

    @Test
    void summariesListEveryArticleByPublicationDayWithCounts() throws Exception {
        Ledger ledger = open(newDatabase());
        Doc later = kursk();
        Doc earlier = analysed("Kharkiv was shelled overnight, officials said.", LocalDate.of(2025, 4, 20), "Wire B");
        ledger.put(later);
        ledger.put(earlier);
        assertThat(ledger.articleCount()).isEqualTo(2);
        List<ArticleSummary> list = ledger.articles();
        assertThat(list).extracting(ArticleSummary::id).containsExactly(earlier.article().id(), later.article().id());
        ArticleSummary k = list.get(1);
        assertThat(k.outlet()).isEqualTo("Test Wire");
        assertThat(k.url()).isEqualTo("https://example.org/kursk");
        assertThat(k.published()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(k.title()).isEqualTo("Kursk \"liberated\"");
        assertThat(k.source()).isEqualTo("test/kursk.txt");
        assertThat(k.annotationCounts()).isEqualTo(Map.of("entities", 3, "timexes", 2));
        assertThat(k.issueCount()).isEqualTo(2);
        assertThat(list.get(0).annotationCounts()).isEmpty();
        assertThat(list.get(0).issueCount()).isZero();
    }

    @Test
    void textWithSurrogatePairsAndCyrillicRoundTrips() throws Exception {
        Ledger ledger = open(newDatabase());
        String text = "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🇺🇦: Генштаб ЗСУ повідомив про 21 бойове зіткнення на Курському напрямку 😐 — "
                + "„звільнено“, 𠜎 CJK ext-B.";
        Article a = Article.of("Укрінформ", "https://example.org/uk/1", "uk", LocalDate.of(2025, 4, 28), null,
                "𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🇺🇦", text, "test");
        Doc doc = Doc.of(a).with(Layer.ENTITIES, List.of(
                new EntityMention(span(text, "Генштаб ЗСУ"), "ORGANIZATION", 0.9),
                new EntityMention(span(text, "🇺🇦"), "COUNTRY", 0.5),
                new EntityMention(span(text, "𠜎"), "MISC", 0.1)));
        ledger.put(doc);
        Doc found = ledger.find(a.id()).orElseThrow();
        assertThat(found).isEqualTo(doc);
        assertThat(found.text()).isEqualTo(text);
        assertThat(ledger.articles().get(0).title()).isEqualTo("𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 🇺🇦");
        List<AnnotationRow> rows = ledger.annotations("entities");
        assertThat(rows).extracting(r -> r.span().of(text)).containsExactly("Генштаб ЗСУ", "🇺🇦", "𠜎");
    }

    @Test
    void brokenTextWithALoneSurrogateAndNulRoundTripsExactly() throws Exception {
        Ledger ledger = open(newDatabase());
        String text = "Broken input: \uD800 half a pair, a NUL \u0000 and Курськ 😐 \uDC00.";
        Article a = Article.of("Wire", "https://example.org/broken", "en", LocalDate.of(2025, 4, 28), null,
                "title \uD83D", text, "test");
        Doc doc = Doc.of(a).with(Layer.ENTITIES, List.of(new EntityMention(span(text, "Курськ"), "CITY", 1)));
        ledger.put(doc);
        assertThat(ledger.find(a.id())).contains(doc);
        assertThat(ledger.articles().get(0).title()).isEqualTo("title \uFFFD");
        assertThat(ledger.annotations("entities").get(0).span().of(text)).isEqualTo("Курськ");
    }

    @Test
    void theModelsFactLayersAreIndexedByKindValueAndSpan() throws Exception {
        Ledger ledger = open(newDatabase());
        String text = "KCNA reported that Kim Jong Un sent troops to the Kursk region, the agency said.";
        Article a = Article.of("Wire", "https://example.org/kcna", "en", LocalDate.of(2025, 4, 28), null, "t", text,
                "test");
        Span kcna = span(text, "KCNA"), kim = span(text, "Kim Jong Un"), kursk = span(text, "the Kursk region");
        Span content = span(text, "Kim Jong Un sent troops to the Kursk region");
        Evidence resolved = new Evidence(a.id(), kcna, "resolve", "1", 0.9);
        Evidence attributed = new Evidence(a.id(), span(text, text.substring(0, text.length() - 1)), "attribute", "2",
                0.7);
        ActorRef source = ActorRef.named("PRKMED", "Korean Central News Agency", kcna);
        // Test data: the GeoNames id and coordinates are placeholders, not looked up.
        Place oblast = new Place(1234567, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.7, 36.2, 3);
        Doc doc = Doc.of(a)
                .with(Layer.ACTORS, List.of(new ActorMention(kcna, "PRKMED", "Korean Central News Agency", null, resolved),
                        new ActorMention(kim, "PRKGOV", "Kim Jong Un", "leader", resolved)))
                .with(Layer.PLACES, List.of(new PlaceMention(kursk, oblast, resolved)))
                .with(Layer.CLAIMS, List.of(new Claim(span(text, "reported"), "report", CueClass.ASSERT,
                        source, List.of(source), content, Stance.NEUTRAL, ClaimPolarity.ASSERTS, false,
                        LocalDate.of(2025, 4, 28), DateBasis.EXPLICIT, attributed)));
        assertThat(ledger.put(doc)).isEqualTo(PutResult.STORED);
        assertThat(ledger.find(a.id())).contains(doc);
        assertThat(ledger.annotations("actors")).extracting(AnnotationRow::value, AnnotationRow::span)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PRKMED", kcna),
                        org.assertj.core.groups.Tuple.tuple("PRKGOV", kim));
        assertThat(ledger.annotations("places")).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("ADMIN1");
            assertThat(r.value()).isEqualTo("1234567");
            assertThat(r.span()).isEqualTo(kursk);
        });
        assertThat(ledger.annotations("claims", Filter.value("PRKMED"))).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("assert");
            assertThat(r.span()).isEqualTo(content);
            assertThat(r.node().path("stance").asText()).isEqualTo("neutral");
        });
        // Its evidence names resolve 1 and attribute 2: the same again is not newer, attribute 3 is.
        assertThat(ledger.put(doc)).isEqualTo(PutResult.ALREADY_STORED);
        assertThat(ledger.put(doc, Map.of("resolve", "1", "attribute", "3"))).isEqualTo(PutResult.REPLACED);
    }

    @Test
    void annotationsCanBeFilteredByKindValueArticleOutletAndDay() throws Exception {
        Ledger ledger = open(newDatabase());
        Doc k = kursk();
        Doc b = analysed("The ministry said the A_B unit and the AxB unit moved.", LocalDate.of(2025, 4, 20), "Wire B");
        b = b.with(TEST_CLAIMS, List.of(claim(b, "A_B unit", "A_B", "1"), claim(b, "AxB unit", "AXB", "1")))
                .with(Layer.TIMEXES, List.of(new TimeExpression(span(b.text(), "moved"), "DATE", "2025-04-20")));
        ledger.put(k);
        ledger.put(b);

        List<AnnotationRow> timexes = ledger.annotations("timexes");
        assertThat(timexes).extracting(AnnotationRow::value).containsExactly("2025-04-20", "2025-04-26", "2025-04-27");
        AnnotationRow first = ledger.annotations("timexes", Filter.article(k.article().id())).get(0);
        assertThat(first.article()).isEqualTo(k.article().id());
        assertThat(first.published()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(first.seq()).isZero();
        assertThat(first.span()).isEqualTo(span(k.text(), "April 26"));
        assertThat(first.kind()).isEqualTo("DATE");
        assertThat(first.node().path("value").asText()).isEqualTo("2025-04-26");
        assertThat(first.node().path("start").asInt()).isEqualTo(first.span().start());

        assertThat(ledger.annotations("entities", Filter.kind("PERSON"))).extracting(r -> r.span().of(k.text()))
                .containsExactly("Gerasimov");
        assertThat(ledger.annotations("timexes", Filter.value("2025-04-27"))).hasSize(1);
        assertThat(ledger.annotations("timexes", Filter.outlet("Wire B"))).hasSize(1);
        assertThat(ledger.annotations("timexes", Filter.publishedBetween(LocalDate.of(2025, 4, 21), null))).hasSize(2);
        assertThat(ledger.annotations("timexes", Filter.publishedBetween(null, LocalDate.of(2025, 4, 20)))).hasSize(1);
        assertThat(ledger.annotations("timexes", Filter.publishedBetween(LocalDate.of(2025, 4, 20),
                LocalDate.of(2025, 4, 28)), Filter.kind("DATE"))).hasSize(3);
        // The prefix is literal: '_' is not a wildcard.
        assertThat(ledger.annotations(TEST_CLAIMS.name(), Filter.valuePrefix("A_"))).extracting(AnnotationRow::value)
                .containsExactly("A_B");
        assertThat(ledger.annotations(TEST_CLAIMS.name(), Filter.valuePrefix("A"))).hasSize(2);
        assertThat(ledger.annotations("tokens")).as("tokens stay in the document JSON only").isEmpty();
        assertThat(ledger.annotations("no-such-layer")).isEmpty();
    }

    @Test
    void forEachDocVisitsEveryDocumentOnceAcrossPages() throws Exception {
        Ledger ledger = open(newDatabase());
        List<ArticleId> ids = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            Doc d = analysed("Report number " + i + " on the front.", LocalDate.of(2025, 4, 1 + i % 28), "Wire");
            ledger.put(d);
            ids.add(d.article().id());
        }
        List<ArticleId> seen = new ArrayList<>();
        ledger.forEachDoc(d -> {
            seen.add(d.article().id());
            assertThat(ledger.find(d.article().id())).contains(d); // callbacks may use the ledger
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(java.util.Comparator.comparing(ArticleId::value));
    }

    @Test
    void putsFromManyThreadsAreAllStoredOnce() throws Exception {
        Ledger ledger = open(newDatabase());
        Doc shared = kursk();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<PutResult>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<PutResult> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(ledger.put(analysed("Thread " + thread + " item " + i + ".", LocalDate.of(2025, 4, 2),
                            "Wire")));
                    results.add(ledger.put(shared));
                }
                return results;
            }));
        }
        List<PutResult> all = new ArrayList<>();
        for (Future<List<PutResult>> f : futures) all.addAll(f.get());
        pool.shutdown();
        assertThat(ledger.articleCount()).isEqualTo(33);
        assertThat(Collections.frequency(all, PutResult.STORED)).isEqualTo(33);
        assertThat(Collections.frequency(all, PutResult.ALREADY_STORED)).isEqualTo(31);
        assertThat(((JdbcLedger) ledger).count("annotations")).isEqualTo(5);
    }

    @Test
    void twoLedgersOnOneDatabaseStoreEachArticleOnce() throws Exception {
        String db = newDatabase();
        Ledger a = open(db);
        Ledger b = open(db);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < 12; i++)
            docs.add(analysed("Both wrote item " + i + ".", LocalDate.of(2025, 4, 3), "Wire"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<PutResult>>> futures = new ArrayList<>();
        for (Ledger ledger : List.of(a, b, a, b))
            futures.add(pool.submit(() -> {
                List<PutResult> results = new ArrayList<>();
                for (Doc d : docs) results.add(ledger.put(d));
                return results;
            }));
        List<PutResult> all = new ArrayList<>();
        for (Future<List<PutResult>> f : futures) all.addAll(f.get());
        pool.shutdown();
        assertThat(Collections.frequency(all, PutResult.STORED)).isEqualTo(12);
        assertThat(Collections.frequency(all, PutResult.ALREADY_STORED)).isEqualTo(36);
        assertThat(a.articleCount()).isEqualTo(12);
        assertThat(b.articleCount()).isEqualTo(12);
    }

    @Test
    void ledgersOpenedAtOnceOnAFreshDatabaseMigrateItOnce() throws Exception {
        String db = newDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Ledger>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) futures.add(pool.submit(() -> Ledger.open(db)));
        List<Ledger> ledgers = new ArrayList<>();
        for (Future<Ledger> f : futures) ledgers.add(track(f.get()));
        pool.shutdown();
        int latest = Migrations.builtIn().latest();
        assertThat(ledgers).extracting(Ledger::schemaVersion).containsOnly(latest);
        assertThat(((JdbcLedger) ledgers.get(0)).count("schema_version")).isEqualTo(latest);
    }

    @Test
    void stageVersionsMustBeNamed() throws Exception {
        Ledger ledger = open(newDatabase());
        Map<String, String> blank = new java.util.HashMap<>();
        blank.put("nlp", " ");
        assertThatThrownBy(() -> ledger.put(kursk(), blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nlp");
        assertThat(ledger.articleCount()).isZero();
    }

    @Test
    void openingAnOlderDatabaseAppliesTheNewMigration() throws Exception {
        String db = newDatabase();
        Doc doc = kursk();
        try (Ledger v1 = Ledger.open(db)) {
            v1.put(doc);
        }
        Migrations current = Migrations.builtIn();
        int next = current.latest() + 1;
        Migrations upgraded = current.plus(new Migration(next, "test_claims",
                "-- a later migration\nCREATE TABLE test_claims (\n  article_id TEXT NOT NULL,\n  body ${json}\n);\n"
                        + "INSERT INTO test_claims (article_id) SELECT id FROM articles;\n"));
        JdbcLedger ledger = (JdbcLedger) track(JdbcLedger.open(db, upgraded));
        assertThat(ledger.schemaVersion()).isEqualTo(next);
        assertThat(ledger.count("test_claims")).isEqualTo(1);
        assertThat(ledger.count("schema_version")).isEqualTo(next);
        assertThat(ledger.find(doc.article().id())).contains(doc);
        ledger.close();
        // Reopening applies nothing twice; an older sitrep refuses the newer schema with a clear message.
        assertThat(track(JdbcLedger.open(db, upgraded)).schemaVersion()).isEqualTo(next);
        assertThatThrownBy(() -> Ledger.open(db)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("schema version " + next).hasMessageContaining("newer than this sitrep");
    }

    @Test
    void aFailingMigrationIsRolledBackWhole() throws Exception {
        String db = newDatabase();
        Ledger.open(db).close();
        Migrations current = Migrations.builtIn();
        int next = current.latest() + 1;
        Migrations bad = current.plus(new Migration(next, "bad",
                "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"));
        assertThatThrownBy(() -> JdbcLedger.open(db, bad)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("V" + next + "__bad");
        JdbcLedger ledger = (JdbcLedger) open(db);
        assertThat(ledger.schemaVersion()).isEqualTo(current.latest());
        assertThatThrownBy(() -> ledger.count("half_done")).isInstanceOf(LedgerException.class);
        // Once fixed, the migration applies.
        Migrations fixed = current.plus(new Migration(next, "fixed", "CREATE TABLE half_done (x INTEGER);\n"));
        assertThat(track(JdbcLedger.open(db, fixed)).schemaVersion()).isEqualTo(next);
    }

    // ---- the claims table (schema V2) ----

    /** Three claims in one article: a relayed one with a place, a dated count, an undated denial by a pronoun. */
    public static Doc claimsDoc() {
        String text = "KCNA reported that Kim Jong Un sent troops to the Kursk region. Ukraine's General Staff stated "
                + "that 21 clashes took place near Sudzha on April 27. It also denied the report.";
        Article a = Article.of("Test Wire", "https://example.org/claims", "en", LocalDate.of(2025, 4, 28), null,
                "Claims", text, "test/claims.txt");
        Span kcna = span(text, "KCNA"), staff = span(text, "Ukraine's General Staff");
        Evidence resolved = new Evidence(a.id(), kcna, "resolve", "1", 0.9);
        ActorRef wire = new ActorRef(null, "Test Wire", null, null);
        ActorRef agency = ActorRef.named("PRKMED", "Korean Central News Agency", kcna);
        ActorRef ukraine = new ActorRef("UKRMIL", "General Staff of Ukraine", staff, null, "ukr-general-staff");
        ActorRef it = new ActorRef("UKRMIL", "General Staff of Ukraine", span(text, "It"), staff);
        // Test data: GeoNames ids and coordinates are placeholders, not looked up.
        Place oblast = new Place(1234567, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.7, 36.2, 3);
        Place sudzha = new Place(7654321, "Sudzha", FeatureKind.POPULATED_PLACE, "RU", "Kursk Oblast", "", 51.2, 35.3, 1);
        return Doc.of(a)
                .with(Layer.ACTORS, List.of(new ActorMention(kcna, "PRKMED", "Korean Central News Agency", null, resolved),
                        new ActorMention(span(text, "Kim Jong Un"), "PRKGOV", "Kim Jong Un", "leader", resolved),
                        new ActorMention(staff, "UKRMIL", "General Staff of Ukraine", null, resolved)))
                .with(Layer.PLACES, List.of(new PlaceMention(span(text, "the Kursk region"), oblast, resolved),
                        new PlaceMention(span(text, "Sudzha"), sudzha, resolved)))
                .with(Layer.CLAIMS, List.of(
                        claim(text, a, "reported", "report", "assert", agency, List.of(wire, agency),
                                "Kim Jong Un sent troops to the Kursk region", "asserts", true,
                                LocalDate.of(2025, 4, 28), "publication", "KCNA reported that Kim Jong Un sent troops to the Kursk region."),
                        claim(text, a, "stated", "state", "assert", ukraine, List.of(wire, ukraine),
                                "21 clashes took place near Sudzha on April 27", "asserts", false,
                                LocalDate.of(2025, 4, 27), "explicit", "Ukraine's General Staff stated that 21 clashes took place near Sudzha on April 27."),
                        claim(text, a, "denied", "deny", "deny", it, List.of(wire, it), "the report", "denies",
                                false, null, null, "It also denied the report.")));
    }

    private static Claim claim(String text, Article a, String cue, String lemma, String cueClass, ActorRef source,
                               List<ActorRef> chain, String content, String polarity, boolean first, LocalDate date,
                               String basis, String sentence) {
        return new Claim(span(text, cue), lemma, CueClass.of(cueClass), source, chain, span(text, content), Stance.NEUTRAL,
                ClaimPolarity.of(polarity), first, date, basis == null ? null : DateBasis.of(basis), new Evidence(a.id(), span(text, sentence), "attribute", "2", 0.7));
    }

    private static List<String> cues(List<StoredClaim> claims) {
        return claims.stream().map(StoredClaim::cue).toList();
    }

    @Test
    void claimsArePutWithTheArticleAndReadBackFromTheirTable() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc doc = claimsDoc();
        String text = doc.text();
        assertThat(ledger.put(doc)).isEqualTo(PutResult.STORED);
        assertThat(ledger.count("claims")).isEqualTo(3);
        // By the source and each chain link (3 + 2 + 2 + 2 + 2 + 2), about 1 actor and 2 places inside contents.
        assertThat(ledger.count("claim_refs")).isEqualTo(9 + 1 + 2);
        List<StoredClaim> all = ledger.claims(ClaimQuery.all());
        assertThat(cues(all)).as("by statement day, undated last").containsExactly("stated", "reported", "denied");
        ClaimIndex index = ledger.claimIndex();
        assertThat(index.claims(ClaimQuery.all())).as("the index holds the same claims").isEqualTo(all);
        StoredClaim kcna = all.get(1);
        StoredClaim.ActorLink agency = new StoredClaim.ActorLink("PRKMED", "Korean Central News Agency", "KCNA", null);
        assertThat(kcna.id()).isEqualTo(doc.article().id() + ":" + text.indexOf("reported"));
        assertThat(kcna.article()).isEqualTo(doc.article().id());
        assertThat(kcna.index()).isZero();
        assertThat(kcna.published()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(kcna.outlet()).isEqualTo("Test Wire");
        assertThat(kcna.source()).isEqualTo(agency);
        assertThat(kcna.chain()).containsExactly(new StoredClaim.ActorLink(null, "Test Wire", null, null), agency);
        assertThat(kcna.cueSpan()).isEqualTo(span(text, "reported"));
        assertThat(kcna.cueLemma()).isEqualTo("report");
        assertThat(kcna.cueClass()).isEqualTo(CueClass.ASSERT);
        assertThat(kcna.content()).isEqualTo("Kim Jong Un sent troops to the Kursk region");
        assertThat(kcna.contentSpan().of(text)).isEqualTo(kcna.content());
        assertThat(kcna.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(kcna.polarity()).isEqualTo(ClaimPolarity.ASSERTS);
        assertThat(kcna.firstTime()).isTrue();
        assertThat(kcna.statementDate()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(kcna.dateBasis()).isEqualTo(DateBasis.PUBLICATION);
        assertThat(kcna.place()).isEqualTo(doc.get(Layer.PLACES).get(0).place());
        assertThat(kcna.evidence()).isEqualTo(doc.get(Layer.CLAIMS).get(0).evidence().span());
        assertThat(kcna.stage()).isEqualTo("attribute");
        assertThat(kcna.stageVersion()).isEqualTo("2");
        assertThat(kcna.confidence()).isEqualTo(0.7);
        StoredClaim denial = all.get(2);
        assertThat(denial.index()).isEqualTo(2);
        assertThat(denial.source().text()).isEqualTo("It");
        assertThat(denial.source().refersTo()).isEqualTo("Ukraine's General Staff");
        assertThat(denial.statementDate()).isNull();
        assertThat(denial.dateBasis()).isNull();
        assertThat(denial.place()).as("no place in its content or sentence").isNull();
        assertThat(all.get(0).place().name()).isEqualTo("Sudzha");
        assertThat(all.get(0).source().id()).as("the actor's registry id beside its code").isEqualTo("ukr-general-staff");
        assertThat(kcna.source().id()).isNull();
        assertThat(ClaimJson.of(all.get(0)).path("source").path("id").asText()).isEqualTo("ukr-general-staff");
        assertThat(ClaimJson.of(all.get(0)).path("id").asText()).isEqualTo(doc.get(Layer.CLAIMS).get(1).id());
        assertThat(ledger.put(doc)).isEqualTo(PutResult.ALREADY_STORED);
        assertThat(ledger.count("claims")).isEqualTo(3);
    }

    @Test
    void aReplacementRewritesTheClaimsAndAnUnchangedPutLeavesThem() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc doc = claimsDoc();
        Doc fewer = doc.with(Layer.CLAIMS, doc.get(Layer.CLAIMS).subList(1, 2));
        ledger.put(doc, Map.of("attribute", "2"));
        assertThat(ledger.put(fewer, Map.of("attribute", "2"))).isEqualTo(PutResult.ALREADY_STORED);
        assertThat(cues(ledger.claims(ClaimQuery.all()))).containsExactly("stated", "reported", "denied");
        ClaimIndex before = ledger.claimIndex();
        assertThat(ledger.put(fewer, Map.of("attribute", "3"))).isEqualTo(PutResult.REPLACED);
        assertThat(before.size()).as("an index keeps the state it was read from").isEqualTo(3);
        assertThat(cues(ledger.claimIndex().claims(ClaimQuery.all()))).containsExactly("stated");
        assertThat(ledger.claims(ClaimQuery.all())).singleElement().satisfies(c -> {
            assertThat(c.cue()).isEqualTo("stated");
            assertThat(c.index()).isZero();
        });
        assertThat(ledger.count("claims")).isEqualTo(1);
        assertThat(ledger.count("claim_refs")).isEqualTo(3 + 1); // source, 2 chain links; Sudzha
        assertThat(ledger.put(doc, Map.of("attribute", "4"))).isEqualTo(PutResult.REPLACED);
        assertThat(ledger.count("claims")).isEqualTo(3);
        assertThat(ledger.count("claim_refs")).isEqualTo(12);
    }

    @Test
    void claimsAreFilteredByWhoMadeThemWhatTheyAreAboutAndWhen() throws Exception {
        Ledger ledger = open(newDatabase());
        ledger.put(claimsDoc());
        ledger.put(kursk()); // no claims
        assertFilters(ledger);
        assertFilters(ledger.claimIndex());
    }

    /** The claims of {@link #claimsDoc()} and {@link #kursk()} as the ledger's table or its index selects them. */
    private static void assertFilters(ClaimReader ledger) {
        ClaimQuery all = ClaimQuery.all();
        // --by: a code prefix (upper case, 3+ letters), or a part of the source's or a chain link's name.
        assertThat(cues(ledger.claims(all.withBy("PRK")))).containsExactly("reported");
        assertThat(cues(ledger.claims(all.withBy("UKRMIL")))).containsExactly("stated", "denied");
        assertThat(cues(ledger.claims(all.withBy("ukraine")))).containsExactly("stated", "denied");
        assertThat(cues(ledger.claims(all.withBy("Wire")))).as("the outlet is a chain link").hasSize(3);
        assertThat(ledger.claims(all.withBy("ukr"))).as("lower case: name part only").hasSize(2);
        assertThat(ledger.claims(all.withBy("Ukr"))).as("mixed case: name part only").hasSize(2);
        assertThat(ledger.claims(all.withBy("KCNA"))).as("neither a code prefix nor in a name").isEmpty();
        assertThat(ledger.claims(all.withBy("PRKGOV"))).as("Kim is named in the content, not a source").isEmpty();
        // --about: an actor (code prefix or name) or a place named in the content, or words of the content.
        assertThat(cues(ledger.claims(all.withAbout("PRKGOV")))).containsExactly("reported");
        assertThat(cues(ledger.claims(all.withAbout("PRK")))).containsExactly("reported");
        assertThat(cues(ledger.claims(all.withAbout("kim jong")))).containsExactly("reported");
        assertThat(cues(ledger.claims(all.withAbout("kursk oblast")))).as("the place's name, not in the text")
                .containsExactly("reported");
        assertThat(cues(ledger.claims(all.withAbout("SUDZHA")))).containsExactly("stated");
        assertThat(cues(ledger.claims(all.withAbout("21 clashes")))).containsExactly("stated");
        assertThat(cues(ledger.claims(all.withAbout("the report")))).containsExactly("denied");
        assertThat(ledger.claims(all.withAbout("UKR"))).as("the General Staff is named outside every content").isEmpty();
        assertThat(ledger.claims(all.withAbout("%"))).as("LIKE wildcards are literal").isEmpty();
        assertThat(ledger.claims(all.withAbout("t_e report"))).as("LIKE wildcards are literal").isEmpty();
        // --from / --to: inclusive; undated claims only when neither is given.
        assertThat(cues(ledger.claims(all.withDates(LocalDate.of(2025, 4, 28), null)))).containsExactly("reported");
        assertThat(cues(ledger.claims(all.withDates(null, LocalDate.of(2025, 4, 27))))).containsExactly("stated");
        assertThat(cues(ledger.claims(all.withDates(LocalDate.of(2025, 4, 27), LocalDate.of(2025, 4, 28)))))
                .containsExactly("stated", "reported");
        assertThat(cues(ledger.claims(all.withBy("UKR").withAbout("sudzha").withDates(LocalDate.of(2025, 4, 1), null))))
                .containsExactly("stated");
        assertThatThrownBy(() -> all.withDates(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 4, 27)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from <= to");
    }

    @Test
    void claimsArePagedCountedAndGroupedByDayPlaceAndSource() throws Exception {
        Ledger ledger = open(newDatabase());
        Doc doc = claimsDoc();
        ledger.put(doc);
        ledger.put(kursk()); // no claims
        assertPagesAndGroups(ledger, doc);
        assertPagesAndGroups(ledger.claimIndex(), doc);
    }

    private static void assertPagesAndGroups(ClaimReader ledger, Doc doc) {
        ClaimQuery all = ClaimQuery.all();
        assertThat(cues(ledger.claims(all.withPage(1, 1)))).containsExactly("reported");
        assertThat(cues(ledger.claims(all.withPage(2, 5)))).containsExactly("denied");
        assertThat(ledger.claims(all.withPage(3, 5))).isEmpty();
        assertThat(ledger.claims(all.withPage(0, 0))).isEmpty();
        assertThat(ledger.claimCount(all.withPage(1, 1))).as("count ignores the page").isEqualTo(3);
        assertThat(ledger.claimCount(all.withBy("UKRMIL"))).isEqualTo(2);
        // A page with its total: the same rows as the listing, the total as the count, also past the end.
        assertThat(ledger.claims(all.withPage(0, 2))).isEqualTo(ledger.claims(all).subList(0, 2));
        assertThat(ledger.claimPage(all.withPage(1, 1))).isEqualTo(new Page<>(3, ledger.claims(all.withPage(1, 1))));
        assertThat(ledger.claimPage(all.withBy("UKRMIL").withPage(1, 5)).items()).extracting(StoredClaim::cue)
                .containsExactly("denied");
        assertThat(ledger.claimPage(all.withBy("UKRMIL").withPage(1, 5)).total()).isEqualTo(2);
        assertThat(ledger.claimPage(all.withPage(3, 5))).isEqualTo(new Page<>(3, List.of()));
        assertThat(ledger.claimPage(all.withPage(0, 0))).isEqualTo(new Page<>(3, List.of()));
        assertThat(ledger.claimPage(all.withText("no such words").withPage(0, 5))).isEqualTo(new Page<>(0, List.of()));
        assertThat(ledger.claimPage(all)).isEqualTo(new Page<>(3, ledger.claims(all)));
        // A claim with several matching refs (source and chain links) is one row, on a page as in a count.
        assertThat(ledger.claimPage(all.withBy("Wire").withPage(0, 10)).items()).hasSize(3);
        assertThat(ledger.claimPage(all.withBy("Wire").withPage(0, 10)).total()).isEqualTo(3);
        assertThat(ledger.claimPage(all.withAbout("kursk oblast").withPage(0, 10)).items()).extracting(StoredClaim::cue)
                .containsExactly("reported");
        assertThat(ledger.claimPage(all.withBy("UKR").withAbout("sudzha").withPage(0, 10)).total()).isEqualTo(1);
        // Further filters: exact source code, exact place name, article, plain text (wildcards literal).
        assertThat(cues(ledger.claims(all.withSource("UKRMIL")))).containsExactly("stated", "denied");
        assertThat(ledger.claims(all.withSource("UKR"))).as("exact, not a prefix").isEmpty();
        assertThat(cues(ledger.claims(all.withPlace("Sudzha")))).containsExactly("stated");
        assertThat(ledger.claims(all.withPlace("sudzha"))).as("exact name").isEmpty();
        assertThat(ledger.claims(all.withArticle(doc.article().id().value()))).hasSize(3);
        assertThat(ledger.claims(all.withArticle(kursk().article().id().value()))).isEmpty();
        assertThat(cues(ledger.claims(all.withText("SENT TROOPS")))).containsExactly("reported");
        assertThat(ledger.claims(all.withText("sent_troops"))).isEmpty();
        assertThat(ledger.claims(all.withText("'; DROP TABLE claims; --"))).isEmpty();
        assertThat(ledger.claimCount(all)).isEqualTo(3);
        // Per day: undated claims are not counted.
        assertThat(ledger.claimDays(all)).containsExactly(new DayCount(LocalDate.of(2025, 4, 27), 1),
                new DayCount(LocalDate.of(2025, 4, 28), 1));
        assertThat(ledger.claimDays(all.withBy("PRK"))).containsExactly(new DayCount(LocalDate.of(2025, 4, 28), 1));
        // Per place and per source, most first, paged.
        List<PlaceCount> places = ledger.claimPlaces(all);
        assertThat(places).extracting(p -> p.place().name()).containsExactlyInAnyOrder("Kursk Oblast", "Sudzha");
        assertThat(places).extracting(PlaceCount::count).containsOnly(1L);
        assertThat(places.get(0).place().lat()).isBetween(51.0, 52.0);
        assertThat(ledger.claimPlaces(all.withPage(0, 1))).hasSize(1);
        assertThat(ledger.claimPlaces(all.withDates(LocalDate.of(2025, 4, 28), null)))
                .extracting(p -> p.place().name()).containsExactly("Kursk Oblast");
        assertThat(ledger.claimSources(all)).containsExactly(
                new SourceCount("UKRMIL", "General Staff of Ukraine", 2), new SourceCount("PRKMED", "Korean Central News Agency", 1));
        assertThat(ledger.claimSources(all.withPage(1, 1))).extracting(SourceCount::code).containsExactly("PRKMED");
        assertThatThrownBy(() -> all.withPage(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void articlesArePagedInPublicationOrder() throws Exception {
        Ledger ledger = open(newDatabase());
        Doc later = kursk();
        Doc earlier = analysed("Kharkiv was shelled overnight, officials said.", LocalDate.of(2025, 4, 20), "Wire B");
        ledger.put(later);
        ledger.put(earlier);
        assertThat(ledger.articles(0, 1)).extracting(ArticleSummary::id).containsExactly(earlier.article().id());
        List<ArticleSummary> second = ledger.articles(1, 10);
        assertThat(second).extracting(ArticleSummary::id).containsExactly(later.article().id());
        assertThat(second.get(0).annotationCounts()).isEqualTo(Map.of("entities", 3, "timexes", 2));
        assertThat(second.get(0).issueCount()).isEqualTo(2);
        assertThat(ledger.articles(2, 10)).isEmpty();
        assertThat(ledger.articles(0, Integer.MAX_VALUE)).isEqualTo(ledger.articles());
    }

    @Test
    void aFailedPutOrReplacementLeavesTheClaimsAsTheyWere() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc doc = claimsDoc();
        String id = doc.article().id().value();
        // The claims rows are written before the annotations, so the broken annotation fails after them.
        assertThatThrownBy(() -> ledger.put(doc.with(BROKEN, List.of(new Broken(9, 3, "OOPS")))))
                .isInstanceOf(LedgerException.class);
        assertThat(ledger.count("claims WHERE article_id = ?", id)).isZero();
        assertThat(ledger.count("claim_refs WHERE article_id = ?", id)).isZero();
        ledger.put(doc, Map.of("attribute", "2"));
        Doc replacement = doc.with(Layer.CLAIMS, List.of()).with(BROKEN, List.of(new Broken(-1, 4, "OOPS")));
        assertThatThrownBy(() -> ledger.put(replacement, Map.of("attribute", "3"))).isInstanceOf(LedgerException.class);
        assertThat(cues(ledger.claims(ClaimQuery.all()))).containsExactly("stated", "reported", "denied");
        assertThat(ledger.count("claim_refs WHERE article_id = ?", id)).isEqualTo(12);
    }

    @Test
    void aVersionOneLedgerGetsItsClaimsWhenItIsUpgraded() throws Exception {
        String db = newDatabase();
        Doc doc = claimsDoc();
        Doc other = kursk();
        // What sitrep wrote before V2: the V1 tables, an article row with its stand-off JSON.
        Migrations v1 = new Migrations(List.of(Migrations.builtIn().list().get(0)));
        String url = JdbcLedger.jdbcUrl(db);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            assertThat(v1.apply(c, Dialect.of(url), db)).isEqualTo(1);
            for (Doc d : List.of(doc, other))
                try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO articles (outlet, url, language, "
                        + "published, published_at, title, text, source, stages, stored_at, doc_json, id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    JdbcLedger.bindArticle(s, d.article(), "{}", org.sitrep.json.StandoffJson.write(d));
                    s.executeUpdate();
                }
            c.commit();
        }
        JdbcLedger upgraded = (JdbcLedger) open(db);
        assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.builtIn().latest()).isGreaterThanOrEqualTo(2);
        assertThat(upgraded.count("claims")).isEqualTo(3);
        assertThat(upgraded.count("claim_refs")).isEqualTo(12);
        Ledger fresh = open(newDatabase());
        fresh.put(doc);
        assertThat(upgraded.claims(ClaimQuery.all())).isEqualTo(fresh.claims(ClaimQuery.all())).hasSize(3);
        assertThat(upgraded.claims(ClaimQuery.all().withBy("UKR"))).hasSize(2);
        assertThat(upgraded.find(doc.article().id())).contains(doc);
    }

    /**
     * Kursk text with two events (a village captured, clashes counted) and their assertions, held by a claim's
     * source and by the outlet.
     */
    public static Doc eventsDoc() {
        Doc doc = kursk();
        String text = doc.text();
        Evidence ev = new Evidence(doc.article().id(), span(text, "21 clashes"), "events", "1", 0.7);
        Place village = new Place(703448, "Sudzha", FeatureKind.POPULATED_PLACE, "RU", "Kursk Oblast", "Sudzhanskiy",
                51.19, 35.27, 1);
        PlaceMention where = new PlaceMention(span(text, "Kursk region"), village, ev);
        org.sitrep.model.TimeValue day = new org.sitrep.model.TimeValue("2025-04-27", "DATE",
                org.sitrep.model.TimeValue.Granularity.DAY, LocalDate.of(2025, 4, 27), LocalDate.of(2025, 4, 28), null,
                null, org.sitrep.model.TimeValue.Anchoring.ABSOLUTE, null);
        org.sitrep.model.TimeMention april27 = new org.sitrep.model.TimeMention(span(text, "April 27"), day, ev);
        org.sitrep.model.Quantity clashes = new org.sitrep.model.Quantity(span(text, "21 clashes"), 21, null,
                org.sitrep.model.Quantity.Bound.EXACT, "clashes", ev);
        ActorRef staff = ActorRef.named("UKRMIL", "General Staff of Ukraine", span(text, "General Staff"));
        ActorRef gerasimov = ActorRef.named("RUSMIL", "Valery Gerasimov", span(text, "Gerasimov"));
        ActorRef outlet = ActorRef.named(null, "Test Wire", null);
        org.sitrep.model.Event liberated = new org.sitrep.model.Event(span(text, "liberated"), "liberate",
                org.sitrep.model.PloverType.COERCE, "seize", "192", null, null, where, null, null, List.of(),
                org.sitrep.model.Polarity.POSITIVE, org.sitrep.model.Modality.ACTUAL, "cue:23-27", gerasimov, ev);
        org.sitrep.model.Event fight = new org.sitrep.model.Event(span(text, "clashes"), "clash",
                org.sitrep.model.PloverType.FIGHT, "", "190", null, null, null, span(text, "Kursk direction"),
                april27, List.of(clashes), org.sitrep.model.Polarity.POSITIVE, org.sitrep.model.Modality.ACTUAL, null,
                outlet, ev);
        org.sitrep.model.Assertion control = new org.sitrep.model.Assertion(span(text, "liberated"),
                org.sitrep.model.Assertion.Kind.CONTROL, org.sitrep.model.Polarity.POSITIVE,
                ActorRef.named("RUS", "Russia", null), where, null, null, null, null, 0, "cue:23-27", gerasimov, ev);
        org.sitrep.model.Assertion fighting = new org.sitrep.model.Assertion(span(text, "clashes"),
                org.sitrep.model.Assertion.Kind.FIGHTING, org.sitrep.model.Polarity.POSITIVE, null, null,
                span(text, "Kursk direction"), april27, clashes, null, 1, null, staff, ev);
        return doc.with(Layer.EVENTS, List.of(liberated, fight)).with(Layer.ASSERTIONS, List.of(control, fighting));
    }

    private static List<String> words(List<StoredFact> facts, String field) {
        return facts.stream().map(f -> {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.json()).path(field).asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    @Test
    void eventsAndAssertionsArePutWithTheArticleAndFilteredInSql() throws Exception {
        JdbcLedger ledger = (JdbcLedger) open(newDatabase());
        Doc doc = eventsDoc();
        ledger.put(doc);
        assertThat(ledger.find(doc.article().id())).contains(doc);
        assertThat(ledger.count("quantities")).isEqualTo(1);
        List<StoredFact> events = ledger.events(FactQuery.all());
        // the undated capture counts on its publication day (04-28), after the clashes of 04-27
        assertThat(words(events, "type")).containsExactly("FIGHT", "COERCE");
        assertThat(events.get(0).json()).contains("\"quantities\":[{\"value\":21,\"bound\":\"EXACT\",\"counted\":\"clashes\"");
        assertThat(words(ledger.assertions(FactQuery.all()), "kind")).containsExactly("FIGHTING", "CONTROL");
        // --by: holder code prefix or name; --about: actor code, place name, its region (containment), the words used
        assertThat(words(ledger.assertions(new FactQuery("UKR", null, null, null, null, null, null)), "kind")).containsExactly("FIGHTING");
        assertThat(words(ledger.assertions(new FactQuery("gerasim", null, null, null, null, null, null)), "kind")).containsExactly("CONTROL");
        assertThat(words(ledger.assertions(new FactQuery(null, "RUS", null, null, null, null, null)), "kind")).containsExactly("CONTROL");
        assertThat(words(ledger.assertions(new FactQuery(null, "Kursk Oblast", null, null, null, null, null)), "kind")).containsExactly("CONTROL");
        assertThat(words(ledger.assertions(new FactQuery(null, "sudzha", null, null, null, null, null)), "kind")).containsExactly("CONTROL");
        assertThat(words(ledger.assertions(new FactQuery(null, "Kursk direction", null, null, null, null, null)), "kind")).containsExactly("FIGHTING");
        assertThat(ledger.assertions(new FactQuery(null, "Donetsk", null, null, null, null, null))).isEmpty();
        assertThat(words(ledger.events(new FactQuery(null, null, "fight", null, null, null, null)), "type")).containsExactly("FIGHT");
        assertThat(words(ledger.assertions(new FactQuery(null, null, null, null, LocalDate.of(2025, 4, 28), null, null)), "kind")).containsExactly("CONTROL");
        assertThat(words(ledger.assertions(new FactQuery(null, null, null, null, null, LocalDate.of(2025, 4, 27), null)), "kind")).containsExactly("FIGHTING");
        assertThat(ledger.events(FactQuery.all().withArticle("no-such-article"))).isEmpty();
        // Pages in SQL: the rows of the full listing, the total as its size, also past the end and for no rows.
        assertThat(ledger.events(FactQuery.all(), 1, 1)).isEqualTo(new Page<>(2, events.subList(1, 2)));
        assertThat(ledger.assertions(FactQuery.all(), 0, 5)).isEqualTo(new Page<>(2, ledger.assertions(FactQuery.all())));
        assertThat(ledger.assertions(new FactQuery("UKR", null, null, null, null, null, null), 0, 5).total()).isEqualTo(1);
        assertThat(ledger.events(FactQuery.all(), 2, 5)).isEqualTo(new Page<>(2, List.of()));
        assertThat(ledger.events(FactQuery.all(), 0, 0)).isEqualTo(new Page<>(2, List.of()));
        assertThat(ledger.events(FactQuery.all().withArticle("no-such-article"), 0, 5)).isEqualTo(new Page<>(0, List.of()));
    }

    /**
     * A ledger as sitrep wrote it at schema {@code version}: the tables of migrations 1..version (V2's claims fill
     * included), one article row with {@code doc}'s stand-off JSON, then {@code more} on the same transaction.
     */
    private static void writeOldLedger(String db, int version, Doc doc, Migration.Step more) throws Exception {
        Migrations old = new Migrations(Migrations.builtIn().list().subList(0, version))
                .withStep(2, ClaimTable::backfill);
        String url = JdbcLedger.jdbcUrl(db);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            assertThat(old.apply(c, Dialect.of(url), db)).isEqualTo(version);
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO articles (outlet, url, language, "
                    + "published, published_at, title, text, source, stages, stored_at, doc_json, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                JdbcLedger.bindArticle(s, doc.article(), "{}", org.sitrep.json.StandoffJson.write(doc));
                s.executeUpdate();
            }
            more.run(c, Dialect.of(url));
            c.commit();
        }
    }

    @Test
    void aReplacementRewritesTheEventsAndAV2LedgerIsUpgraded() throws Exception {
        String db = newDatabase();
        Doc doc = eventsDoc();
        writeOldLedger(db, 2, doc, Migration.Step.NONE); // what sitrep wrote before V3
        JdbcLedger ledger = (JdbcLedger) open(db);
        assertThat(ledger.schemaVersion()).isGreaterThanOrEqualTo(3);
        assertThat(ledger.count("events")).isEqualTo(2);
        assertThat(ledger.count("assertions")).isEqualTo(2);
        ledger.put(doc.with(Layer.ASSERTIONS, List.of()), Map.of("assert", "9"));
        assertThat(ledger.count("assertions")).isZero();
        assertThat(ledger.count("events")).isEqualTo(2);
        assertThat(ledger.count("quantities")).isEqualTo(1);
    }

    @Test
    void aV7LedgerIsUpgradedToAssertionsThatKnowTheirModality() throws Exception {
        String db = newDatabase();
        Doc plain = eventsDoc();
        org.sitrep.model.Assertion a = plain.get(Layer.ASSERTIONS).get(0);
        org.sitrep.model.Assertion couldTake = new org.sitrep.model.Assertion(a.span(), a.kind(), a.polarity(),
                org.sitrep.model.Modality.HYPOTHETICAL, a.actor(), a.place(), a.placeName(), a.time(), a.count(),
                a.norm(), a.event(), a.claim(), a.holder(), a.evidence(), a.trigger(), a.mode(), a.dateBasis());
        Doc doc = plain.with(Layer.ASSERTIONS, List.of(couldTake, plain.get(Layer.ASSERTIONS).get(1)));
        // what sitrep wrote before V8, with an assertion row that has no modality
        writeOldLedger(db, 7, doc, (c, dialect) -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("INSERT INTO assertions (article_id, seq, kind, "
                    + "polarity, holder_lower, codes, about_lower, place_lower, day_start, day_end, span_start, span_end, "
                    + "published, json) VALUES (?, 0, 'CONTROL', 'POSITIVE', '', '', '', '', ?, ?, 0, 1, ?, '{}')")) {
                s.setString(1, doc.article().id().value());
                for (int i = 2; i <= 4; i++) s.setObject(i, doc.article().published());
                s.executeUpdate();
            }
        });
        JdbcLedger ledger = (JdbcLedger) open(db);
        assertThat(ledger.schemaVersion()).isGreaterThanOrEqualTo(8);
        assertThat(ledger.count("assertions")).isEqualTo(2);
        assertThat(ledger.count("events")).isEqualTo(2);
        assertThat(words(ledger.assertions(FactQuery.all()), "modality")).containsExactly("ACTUAL", "HYPOTHETICAL");
        assertThat(words(ledger.assertions(new FactQuery(null, null, null, org.sitrep.model.Modality.HYPOTHETICAL,
                null, null, null)), "kind")).containsExactly("CONTROL");
        assertThat(words(ledger.assertions(new FactQuery(null, null, null, org.sitrep.model.Modality.ACTUAL,
                null, null, null)), "kind")).containsExactly("FIGHTING");
        assertThat(words(ledger.events(new FactQuery(null, null, null, org.sitrep.model.Modality.PLANNED,
                null, null, null)), "type")).isEmpty();
    }

    @Test
    void aReadOnlyLedgerReadsButDoesNotWrite() throws Exception {
        String db = newDatabase();
        Doc doc = claimsDoc();
        try (Ledger writer = Ledger.open(db)) {
            writer.put(doc);
        }
        Ledger reader = track(Ledger.openReadOnly(db));
        assertThat(reader.claims(ClaimQuery.all())).hasSize(3);
        assertThat(reader.find(doc.article().id())).contains(doc);
        assertThatThrownBy(() -> reader.put(kursk())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read-only");
        assertThat(reader.articleCount()).isEqualTo(1);
    }

    @Test
    void aClosedLedgerSaysSo() throws Exception {
        Ledger ledger = Ledger.open(newDatabase());
        ledger.close();
        ledger.close(); // idempotent
        assertThatThrownBy(ledger::articleCount).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
