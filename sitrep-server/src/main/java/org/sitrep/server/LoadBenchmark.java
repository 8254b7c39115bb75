package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.json.Json;

/**
 * A load benchmark of the API (not a test): serves a ledger in this JVM on a free loopback port and drives
 * {@code /api/claims} (with filters drawn from the ledger's own sources, places and days) and {@code /api/places}
 * from client threads for a while; prints requests/s, p50/p99 latency per endpoint, errors, and the heap after
 * each garbage collection over the run (to see whether it grows).
 *
 * <pre>java -cp "sitrep-cli/target/sitrep-cli-*.jar:sitrep-cli/target/lib/*" org.sitrep.server.LoadBenchmark \
 *     --db FILE [--seconds 120] [--threads 8] [--warmup 15]</pre>
 */
public final class LoadBenchmark {
    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        String db = "sitrep.duckdb";
        int seconds = 120, threads = 8, warmup = 15;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> db = args[i + 1];
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --db FILE --seconds N --threads N --warmup N");
            }
        }
        try (LedgerSource source = LedgerSource.open(db)) {
            Javalin app = ApiServer.create(source).start("127.0.0.1", 0);
            try {
                if (warmup > 0) { // the JIT compiles the hot paths first; measuring that would measure the compiler
                    System.out.println("warming up for " + warmup + " s");
                    run("http://127.0.0.1:" + app.port(), warmup, threads);
                    System.out.println("measuring");
                }
                run("http://127.0.0.1:" + app.port(), seconds, threads);
            } finally {
                app.stop();
            }
        }
    }

    /** One endpoint's latencies in microseconds, appended by the client threads. */
    private static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        synchronized void add(long micros) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = micros;
        }

        synchronized int count() {
            return size;
        }

        synchronized String summary(double seconds) {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            if (size == 0) return "no requests";
            return String.format("%d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms", size, size / seconds,
                    sorted[size / 2] / 1000.0, sorted[Math.min(size - 1, (int) Math.ceil(size * 0.99) - 1)] / 1000.0,
                    sorted[size - 1] / 1000.0);
        }
    }

    static void run(String base, int seconds, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Filters seen in the ledger itself, so most queries find something.
        List<String> codes = new ArrayList<>(), places = new ArrayList<>(), days = new ArrayList<>();
        for (JsonNode a : get(http, base + "/api/actors?limit=40").get("items"))
            if (!a.get("code").isNull()) codes.add(a.get("code").asText());
        for (JsonNode f : get(http, base + "/api/places?limit=40").get("features"))
            places.add(f.get("properties").get("name").asText());
        for (JsonNode d : get(http, base + "/api/claims/days").get("days")) days.add(d.get("day").asText());
        JsonNode status = get(http, base + "/api/status");
        System.out.printf("ledger: %d articles, %d claims; %d sources, %d places, %d days used as filters; %d client "
                + "threads, %d s%n", status.get("articles").asLong(), status.get("claims").asLong(), codes.size(),
                places.size(), days.size(), threads, seconds);
        List<String> words = List.of("troops", "killed", "attack", "village", "drone", "missile", "ceasefire", "said");
        Latencies claims = new Latencies(), placesLatency = new Latencies();
        AtomicLong errors = new AtomicLong();
        java.util.Map<String, AtomicLong> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String filters = filters(random, codes, places, days, words);
                    boolean isPlaces = random.nextInt(3) == 0;
                    String url = base + (isPlaces ? "/api/places" + (filters.isEmpty() ? "" : "?" + filters)
                            : "/api/claims?limit=50&offset=" + 50 * random.nextInt(3) + (filters.isEmpty() ? "" : "&" + filters));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.computeIfAbsent("HTTP " + r.statusCode() + ": " + abbreviate(new String(r.body(),
                                    StandardCharsets.UTF_8)), k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorKinds.computeIfAbsent(e.getClass().getSimpleName() + ": " + abbreviate(String.valueOf(
                                e.getMessage())), k -> new AtomicLong()).incrementAndGet();
                    }
                    (isPlaces ? placesLatency : claims).add((System.nanoTime() - start) / 1000);
                }
            }, "client-" + t);
            clients.add(client);
            client.start();
        }
        long began = System.nanoTime(), cpuBefore = processCpuNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(15_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            System.out.printf("  %4d s: heap after last GC %s MB, heap used now %d MB%n",
                    (System.nanoTime() - began) / 1_000_000_000L, heapAfterGc(), usedMb());
        }
        for (Thread c : clients) c.join();
        double took = (System.nanoTime() - began) / 1e9;
        long cpu = processCpuNanos() - cpuBefore, requests = claims.count() + placesLatency.count();
        // On a shared machine requests/s says more about the neighbours than about sitrep; CPU per request does not.
        System.out.printf("CPU: %.1f s of this process (server, DuckDB and the clients) in %.1f s, %.2f ms per request;"
                + " %d cores%n", cpu / 1e9, took, requests == 0 ? 0 : cpu / 1e6 / requests,
                Runtime.getRuntime().availableProcessors());
        System.out.println("/api/claims (filters, limit 50): " + claims.summary(took));
        System.out.println("/api/places (filters):           " + placesLatency.summary(took));
        System.out.printf("errors: %d; max heap %d MB%n", errors.get(), Runtime.getRuntime().maxMemory() >> 20);
        errorKinds.forEach((kind, n) -> System.out.println("  " + n + " x " + kind));
    }

    /** A random mix of the claim filters: a source, a place, a date range, a word; sometimes none. */
    private static String filters(Random random, List<String> codes, List<String> places, List<String> days,
                                  List<String> words) {
        List<String> parts = new ArrayList<>();
        if (!codes.isEmpty() && random.nextInt(3) == 0) parts.add("by=" + enc(codes.get(random.nextInt(codes.size()))));
        if (!places.isEmpty() && random.nextInt(4) == 0) parts.add("about=" + enc(places.get(random.nextInt(places.size()))));
        if (days.size() > 1 && random.nextInt(2) == 0) {
            int a = random.nextInt(days.size()), b = random.nextInt(days.size());
            LocalDate from = LocalDate.parse(days.get(Math.min(a, b))), to = LocalDate.parse(days.get(Math.max(a, b)));
            parts.add("from=" + from + "&to=" + to);
        }
        if (random.nextInt(4) == 0) parts.add("q=" + enc(words.get(random.nextInt(words.size()))));
        return String.join("&", parts);
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        return Json.mapper().readTree(r.body());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String heapAfterGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) used += pool.getCollectionUsage().getUsed();
        return String.valueOf(used >> 20);
    }

    private static long usedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }
}
