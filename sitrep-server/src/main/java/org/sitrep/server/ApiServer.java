package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.json.Json;
import org.sitrep.json.LinkJson;
import org.sitrep.json.StandoffJson;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.HappeningQuery;
import org.sitrep.link.Report;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Doc;
import org.sitrep.read.ArticleReader;
import org.sitrep.store.ArticleSummary;
import org.sitrep.store.ClaimJson;
import org.sitrep.store.Page;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.ClaimReader;
import org.sitrep.store.DayCount;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerException;
import org.sitrep.store.PlaceCount;
import org.sitrep.store.SourceCount;
import org.sitrep.store.StoredClaim;
import org.sitrep.store.StoredFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API and the page over a {@link LedgerSource}: read-only JSON under {@code /api}, errors as
 * {@code application/problem+json}, the OpenAPI document at {@code /openapi.json}, the page's static files at
 * {@code /}. Every response carries a Content-Security-Policy that allows only the server's own scripts.
 */
public final class ApiServer {
    /** Scripts, styles, data and images from this server only; no inline script, no plug-ins, no framing. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");
    /** The page's own files: revalidated on each load (ETag), so a new version shows at once. */
    static final Map<String, String> PAGE_HEADERS = with(SECURITY_HEADERS, "Cache-Control", "no-cache");
    /** WebJars' paths carry their version: cached for a year without asking. */
    static final Map<String, String> WEBJAR_HEADERS = with(SECURITY_HEADERS, "Cache-Control", "public, max-age=31536000, immutable");
    /** The API's paths as Javalin routes; the OpenAPI document must describe exactly these (a test checks). */
    static final List<String> ROUTES = List.of("/api/status", "/api/articles", "/api/articles/{id}", "/api/claims",
            "/api/claims/days", "/api/places", "/api/actors", "/api/actors/{code}", "/api/events", "/api/assertions",
            "/api/happenings", "/api/happenings/{id}", "/api/disputes", "/api/disputes/{id}");
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final ObjectMapper M = Json.mapper();
    static final int PROFILE_CLAIMS = 5000;
    /** Members shown per happening in a list (each happening's own page shows up to {@link Params#MAX_LIMIT}). */
    static final int LIST_MEMBERS = 20;
    private static final Set<String> LAYERS_KEPT_OUT = Set.of("tokens", "sentences", "dependencies");

    private final LedgerSource source;
    private final ArticleIngest ingest;
    private final LinkedLedger links;
    private final IndexedClaims claims;

    private ApiServer(LedgerSource source, ArticleIngest ingest) {
        this.source = source;
        this.ingest = ingest;
        this.links = new LinkedLedger(source);
        this.claims = new IndexedClaims(source);
    }

    /** The configured, not yet started, read-only app. */
    public static Javalin create(LedgerSource source) {
        return create(source, null);
    }

    /**
     * The configured, not yet started, app that also stores posted articles in {@code db} (the database
     * {@code source} reads), analysed by the standard pipeline (CoreNLP is loaded now).
     */
    public static Javalin createWithIngest(LedgerSource source, String db) {
        return create(source, ArticleIngest.standard(db, source));
    }

    static Javalin create(LedgerSource source, ArticleIngest ingest) {
        ApiServer api = new ApiServer(source, ingest);
        api.warm();
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.defaultContentType = "application/json";
            config.http.maxRequestSize = ArticleReader.DEFAULT_MAX_BYTES;
            config.staticFiles.add(files -> { // the country shapes (738 kB): gzipped once (279 kB), kept in memory
                files.hostedPath = "/world";
                files.directory = "/org/sitrep/server/web/world";
                files.location = Location.CLASSPATH;
                files.precompress = true; // not for "/": precompressed, the page at "/" would lose its content type
                files.headers = PAGE_HEADERS;
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/sitrep/server/web";
                files.location = Location.CLASSPATH;
                files.headers = PAGE_HEADERS;
            });
            config.staticFiles.add(files -> { // Leaflet, from its WebJar
                files.hostedPath = "/webjars";
                files.directory = "/META-INF/resources/webjars";
                files.location = Location.CLASSPATH;
                files.precompress = true;
                files.headers = WEBJAR_HEADERS;
            });
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.get("/api/status", api::status);
        app.get("/api/articles", api::articles);
        app.post("/api/articles", api::postArticle);
        app.get("/api/articles/{id}", api::article);
        app.get("/api/claims", api::claims);
        app.get("/api/claims/days", api::claimDays);
        app.get("/api/places", api::places);
        app.get("/api/actors", api::actors);
        app.get("/api/actors/{code}", api::actor);
        app.get("/api/events", ctx -> api.facts(ctx, (l, q, offset, limit) -> l.events(q, offset, limit)));
        app.get("/api/assertions", ctx -> api.facts(ctx, (l, q, offset, limit) -> l.assertions(q, offset, limit)));
        app.get("/api/happenings", api::happenings);
        app.get("/api/happenings/{id}", api::happening);
        app.get("/api/disputes", api::disputes);
        app.get("/api/disputes/{id}", api::dispute);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.type, e.getMessage()));
        app.exception(LedgerException.class, (e, ctx) -> {
            LOG.warn("Ledger error on {}: {}", ctx.path(), e.getMessage());
            problem(ctx, ApiProblem.Type.LEDGER_UNAVAILABLE, "The ledger could not answer; try again shortly");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed on {}", ctx.path(), e);
            problem(ctx, ApiProblem.Type.INTERNAL_ERROR, "The server failed on this request; see its log");
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (!ctx.res().isCommitted() && !String.valueOf(ctx.res().getContentType()).startsWith("application/problem+json"))
                problem(ctx, ApiProblem.Type.NOT_FOUND, "No such resource: " + ctx.path());
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
            if (!String.valueOf(ctx.res().getContentType()).startsWith("application/problem+json"))
                problem(ctx, ApiProblem.Type.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path());
        });
        return app;
    }

    /**
     * Reads the claim index and the links now, so the first page load does not wait for them (on the examples'
     * ledger the first /api/happenings took ~260 ms); a failure here is logged and retried by the first request.
     */
    private void warm() {
        try {
            claims.current();
            links.current();
        } catch (RuntimeException e) {
            LOG.warn("Could not read the ledger at start; the first requests will try again: {}", e.toString());
        }
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put(name, value);
        return Map.copyOf(all);
    }

    private static void problem(Context ctx, ApiProblem.Type type, String detail) {
        ObjectNode body = M.createObjectNode();
        body.put("type", type.uri());
        body.put("title", type.title);
        body.put("status", type.status);
        body.put("detail", detail);
        body.put("instance", ctx.path());
        ctx.status(type.status).contentType("application/problem+json").result(body.toString());
    }

    private void status(Context ctx) {
        Params.allowOnly(ctx, Set.of());
        SourceStatus s = source.status();
        ObjectNode o = M.createObjectNode();
        o.put("articles", (long) source.read(Ledger::articleCount));
        o.put("claims", claims.current().claimCount(ClaimQuery.all()));
        o.put("mode", s.mode());
        o.put("asOf", s.asOf().toString());
        o.put("writerBusy", s.writerBusy());
        json(ctx, o);
    }

    private void articles(Context ctx) {
        Params.allowOnly(ctx, Params.PAGE);
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        long total = source.read(l -> l.articleCount());
        List<ArticleSummary> page = source.read(l -> l.articles(offset, limit));
        ObjectNode o = page(total, offset, limit);
        ArrayNode items = o.putArray("items");
        for (ArticleSummary a : page) {
            ObjectNode item = items.addObject();
            item.put("id", a.id().value());
            item.put("outlet", a.outlet());
            item.put("url", a.url());
            item.put("published", a.published() == null ? null : a.published().toString());
            item.put("title", a.title());
            item.put("claims", a.annotationCounts().getOrDefault("claims", 0));
        }
        json(ctx, o);
    }

    /** Stores a posted article (with --allow-ingest); 201 with what was stored, 422 when nothing could be read. */
    private void postArticle(Context ctx) {
        if (ingest == null)
            throw new ApiProblem(ApiProblem.Type.METHOD_NOT_ALLOWED, "The API is read-only; start the server with "
                    + "--allow-ingest to post articles");
        // A page from another site may POST text/plain without a preflight: refuse writes it could make.
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())
                || "cross-site".equals(ctx.header("Sec-Fetch-Site")))
            throw new ApiProblem(ApiProblem.Type.FORBIDDEN_ORIGIN, "Articles may be posted only from this server's "
                    + "own origin or by clients that send no Origin");
        ctx.status(201);
        json(ctx, ingest.ingest(ctx.bodyAsBytes(), ctx.contentType()));
    }

    private void article(Context ctx) {
        Params.allowOnly(ctx, Set.of("layers"));
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{1,64}"))
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "An article id is hexadecimal; got '"
                    + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
        String layers = Params.text(ctx, "layers");
        if (layers != null && !layers.equals("all"))
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "Parameter 'layers' accepts only 'all'");
        Doc doc = source.read(l -> l.find(new ArticleId(id))).orElseThrow(() ->
                new ApiProblem(ApiProblem.Type.NOT_FOUND, "No article " + id + " in the ledger"));
        List<StoredClaim> claims = source.read(l -> l.claims(ClaimQuery.all().withArticle(id)));
        ObjectNode tree = StandoffJson.toTree(doc);
        if (layers == null) LAYERS_KEPT_OUT.forEach(((ObjectNode) tree.get("layers"))::remove);
        ObjectNode o = M.createObjectNode();
        o.put("id", id);
        JsonNode article = tree.get("article");
        for (String field : List.of("outlet", "url", "language", "published", "title", "text"))
            o.set(field, article.get(field));
        o.set("layers", tree.get("layers"));
        o.set("issues", tree.get("issues"));
        ArrayNode items = o.putArray("claims");
        claims.forEach(c -> items.add(ClaimJson.of(c)));
        json(ctx, o);
    }

    private void claims(Context ctx) {
        Set<String> allowed = new HashSet<>(Params.CLAIM_FILTERS);
        allowed.addAll(Params.PAGE);
        Params.allowOnly(ctx, allowed);
        ClaimQuery filters = Params.claimFilters(ctx);
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        Page<StoredClaim> page = claims.current().claimPage(filters.withPage(offset, limit));
        ObjectNode o = page(page.total(), offset, limit);
        ArrayNode items = o.putArray("items");
        page.items().forEach(c -> items.add(ClaimJson.of(c)));
        json(ctx, o);
    }

    private void claimDays(Context ctx) {
        Params.allowOnly(ctx, Params.CLAIM_FILTERS);
        ClaimQuery filters = Params.claimFilters(ctx);
        List<DayCount> days = claims.current().claimDays(filters);
        ObjectNode o = M.createObjectNode();
        ArrayNode items = o.putArray("days");
        for (DayCount d : days) items.addObject().put("day", d.day().toString()).put("count", d.count());
        json(ctx, o);
    }

    /** GeoJSON (RFC 7946): one Point feature per place with the count of matching claims. */
    private void places(Context ctx) {
        Set<String> allowed = new HashSet<>(Params.CLAIM_FILTERS);
        allowed.addAll(Params.PAGE);
        Params.allowOnly(ctx, allowed);
        ClaimQuery filters = Params.claimFilters(ctx);
        int offset = Params.offset(ctx), limit = Params.integer(ctx, "limit", Params.MAX_LIMIT, 1, Params.MAX_LIMIT);
        List<PlaceCount> places = claims.current().claimPlaces(filters.withPage(offset, limit));
        ObjectNode o = M.createObjectNode();
        o.put("type", "FeatureCollection");
        ArrayNode features = o.putArray("features");
        for (PlaceCount p : places) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode geometry = f.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(p.place().lon()).add(p.place().lat());
            ObjectNode props = f.putObject("properties");
            props.put("name", p.place().name());
            props.put("geonameId", p.place().geonameId());
            props.put("featureKind", p.place().featureKind().name());
            props.put("country", p.place().country());
            props.put("admin1", p.place().admin1());
            props.put("precision", p.place().precision());
            props.put("claims", p.count());
        }
        o.put("offset", offset);
        o.put("limit", limit);
        ctx.contentType("application/geo+json").result(o.toString());
    }

    private void actors(Context ctx) {
        Set<String> allowed = new HashSet<>(Params.CLAIM_FILTERS);
        allowed.addAll(Params.PAGE);
        Params.allowOnly(ctx, allowed);
        ClaimQuery filters = Params.claimFilters(ctx);
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        List<SourceCount> sources = claims.current().claimSources(filters.withPage(offset, limit));
        ObjectNode o = M.createObjectNode();
        o.put("offset", offset);
        o.put("limit", limit);
        ArrayNode items = o.putArray("items");
        for (SourceCount s : sources) items.addObject().put("code", s.code()).put("name", s.name()).put("claims", s.count());
        json(ctx, o);
    }

    /** One actor's profile: its own claims per day, how it speaks (cue classes, polarity, stance), a page of claims. */
    private void actor(Context ctx) {
        Params.allowOnly(ctx, Params.PAGE);
        String code = ctx.pathParam("code");
        if (!code.matches("[A-Z0-9]{2,32}"))
            throw new ApiProblem(ApiProblem.Type.INVALID_PARAMETER, "An actor code is 2-32 capitals or digits, such "
                    + "as UKRMIL; got '" + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "'");
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        ClaimQuery own = ClaimQuery.all().withSource(code);
        ClaimReader claims = this.claims.current(); // one state for the whole profile
        long total = claims.claimCount(own);
        if (total == 0)
            throw new ApiProblem(ApiProblem.Type.NOT_FOUND, "No claims by " + code + " in the ledger");
        ObjectNode o = page(total, offset, limit);
        o.put("code", code);
        List<SourceCount> names = claims.claimSources(own.withPage(0, 1));
        o.put("name", names.isEmpty() ? code : names.get(0).name());
        ArrayNode days = o.putArray("days");
        for (DayCount d : claims.claimDays(own)) days.addObject().put("day", d.day().toString()).put("count", d.count());
        // How it speaks, over its latest PROFILE_CLAIMS claims at most (a bound on the work per request).
        List<StoredClaim> all = claims.claims(own.withPage(0, PROFILE_CLAIMS));
        o.set("cueClasses", counts(all.stream().map(StoredClaim::cueClass).toList()));
        o.set("polarity", counts(all.stream().map(StoredClaim::polarity).toList()));
        o.set("stance", counts(all.stream().map(StoredClaim::stance).toList()));
        List<StoredClaim> page = claims.claims(own.withPage(offset, limit));
        ArrayNode items = o.putArray("items");
        page.forEach(c -> items.add(ClaimJson.of(c)));
        // Its reversals: the same holder later saying the opposite (at most MAX_LIMIT, earliest first).
        LinkedLedger.Links linked = links.current();
        ArrayNode reversals = o.putArray("reversals");
        for (Dispute d : linked.disputes())
            if (d.kind() == Dispute.Kind.REVERSAL && code.equals(d.first().assertion().holder().code())
                    && reversals.size() < Params.MAX_LIMIT)
                reversals.add(LinkJson.dispute(d, linked::quote));
        json(ctx, o);
    }

    /** Events or assertions, filtered as {@code sitrep events}, a page of their stored JSON objects. */
    private void facts(Context ctx, FactPager query) {
        Set<String> allowed = new HashSet<>(Params.FACT_FILTERS);
        allowed.addAll(Params.PAGE);
        Params.allowOnly(ctx, allowed);
        FactQuery filters = Params.factFilters(ctx);
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        Page<StoredFact> page = source.read(l -> query.page(l, filters, offset, limit));
        ObjectNode o = page(page.total(), offset, limit);
        ArrayNode items = o.putArray("items");
        for (StoredFact f : page.items()) items.add(tree(f.json()));
        json(ctx, o);
    }

    /** {@link Ledger#events(FactQuery, int, int)} or {@link Ledger#assertions(FactQuery, int, int)}. */
    private interface FactPager {
        Page<StoredFact> page(Ledger ledger, FactQuery query, int offset, int limit);
    }

    /** Happenings filtered as {@code sitrep happenings}, plus {@code family} and {@code minSources}. */
    private void happenings(Context ctx) {
        Set<String> allowed = new HashSet<>(Params.HAPPENING_FILTERS);
        allowed.addAll(Params.PAGE);
        allowed.addAll(Set.of("family", "minSources"));
        Params.allowOnly(ctx, allowed);
        HappeningQuery filters = Params.happeningFilters(ctx);
        String family = Params.text(ctx, "family");
        int minSources = Params.integer(ctx, "minSources", 0, 0, 1000);
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        LinkedLedger.Links linked = links.current();
        List<Happening> selected = linked.happenings().stream()
                .filter(h -> filters.matches(h) && h.independentSources() >= minSources
                        && (family == null || h.family().equalsIgnoreCase(family)))
                .toList();
        ObjectNode o = page(selected.size(), offset, limit);
        ArrayNode items = o.putArray("items");
        for (Happening h : slice(selected, offset, limit)) items.add(LinkJson.happening(h, linked::quote, LIST_MEMBERS));
        json(ctx, o);
    }

    private void happening(Context ctx) {
        Params.allowOnly(ctx, Set.of());
        String id = Params.id(ctx, "happening");
        LinkedLedger.Links linked = links.current();
        Happening h = linked.happeningsById().get(id);
        if (h == null) throw new ApiProblem(ApiProblem.Type.NOT_FOUND, "No happening " + id + " in the ledger");
        ObjectNode o = LinkJson.happening(h, linked::quote, Params.MAX_LIMIT);
        ArrayNode ds = o.putArray("disputes");
        for (Dispute d : linked.disputes()) if (d.happening().equals(id) && ds.size() < Params.MAX_LIMIT)
            ds.add(LinkJson.dispute(d, linked::quote));
        json(ctx, o);
    }

    /** Contradictions and reversals, filtered as {@code sitrep disputes}, plus {@code kind} and {@code by}. */
    private void disputes(Context ctx) {
        Set<String> allowed = new HashSet<>(Params.HAPPENING_FILTERS);
        allowed.addAll(Params.PAGE);
        allowed.addAll(Set.of("kind", "by"));
        Params.allowOnly(ctx, allowed);
        HappeningQuery filters = Params.happeningFilters(ctx);
        Dispute.Kind kind = Params.choice(ctx, "kind", Dispute.Kind.class);
        String by = Params.text(ctx, "by");
        int offset = Params.offset(ctx), limit = Params.limit(ctx);
        LinkedLedger.Links linked = links.current();
        List<Dispute> selected = linked.disputes().stream()
                .filter(d -> (kind == null || d.kind() == kind) && (by == null || heldBy(d.first(), by) || heldBy(d.second(), by))
                        && filters.matches(linked.happeningOf(d)))
                .toList();
        ObjectNode o = page(selected.size(), offset, limit);
        ArrayNode items = o.putArray("items");
        for (Dispute d : slice(selected, offset, limit)) items.add(disputeJson(d, linked));
        json(ctx, o);
    }

    private void dispute(Context ctx) {
        Params.allowOnly(ctx, Set.of());
        String id = Params.id(ctx, "dispute");
        LinkedLedger.Links linked = links.current();
        Dispute d = linked.disputesById().get(id);
        if (d == null) throw new ApiProblem(ApiProblem.Type.NOT_FOUND, "No dispute " + id + " in the ledger");
        json(ctx, disputeJson(d, linked));
    }

    /** A dispute with what its happening is about and how many independent sources the happening has. */
    private static ObjectNode disputeJson(Dispute d, LinkedLedger.Links linked) {
        ObjectNode o = LinkJson.dispute(d, linked::quote);
        Happening h = linked.happeningOf(d);
        o.put("about", h.about());
        o.put("independentSources", h.independentSources());
        return o;
    }

    /** The holder's code starts with {@code by} (upper case, as {@code sitrep claims --by}), or its name contains it. */
    private static boolean heldBy(Report r, String by) {
        var h = r.assertion().holder();
        if (h.code() != null && by.length() >= 3 && by.equals(by.toUpperCase(java.util.Locale.ROOT)) && h.code().startsWith(by))
            return true;
        return h.name() != null && h.name().toLowerCase(java.util.Locale.ROOT).contains(by.toLowerCase(java.util.Locale.ROOT));
    }

    private static <T> List<T> slice(List<T> all, int offset, int limit) {
        return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
    }

    private static JsonNode tree(String json) {
        try {
            return M.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored fact holds broken JSON", e);
        }
    }

    /** How often each code occurs, by code (a closed set's {@code toString}, e.g. "deny"); null as "unknown". */
    private static ObjectNode counts(List<? extends Enum<?>> values) {
        java.util.TreeMap<String, Integer> counts = new java.util.TreeMap<>();
        for (Enum<?> v : values) counts.merge(v == null ? "unknown" : v.toString(), 1, Integer::sum);
        ObjectNode o = M.createObjectNode();
        counts.forEach(o::put);
        return o;
    }

    private static ObjectNode page(long total, int offset, int limit) {
        ObjectNode o = M.createObjectNode();
        o.put("total", total);
        o.put("offset", offset);
        o.put("limit", limit);
        return o;
    }

    private static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json").result(body.toString());
    }

    private static volatile String openApi;

    /** The OpenAPI 3.1 document, a resource beside this class, kept in step with {@link #ROUTES} by a test. */
    static String openApi() {
        if (openApi == null) {
            try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
                openApi = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("The OpenAPI document is missing from the jar", e);
            }
        }
        return openApi;
    }
}
