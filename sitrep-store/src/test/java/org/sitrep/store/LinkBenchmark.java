package org.sitrep.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.link.IncrementalLinker;
import org.sitrep.link.Linker;
import org.sitrep.link.OutletRegistry;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Assertion;
import org.sitrep.model.Assertion.Kind;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Quantity;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeMention;
import org.sitrep.model.TimeValue;

/**
 * Scale of cross-article linking on synthetic assertions (issue 11). Not a test: run by hand (docs/PERFORMANCE.md),
 * {@code java -cp … org.sitrep.store.LinkBenchmark N DB_FILE}. Makes N assertions in N/10 articles (4,000 villages in
 * 24 regions over two years, 3 % of the assertions about a whole region, 3 % of the articles reprints of an earlier
 * one), then times and measures the heap of: linking them all in memory ({@link Linker}); storing them one article
 * at a time in a DuckDB ledger (which links each as it is put); adding one more article of 10 assertions to that
 * ledger (five times, each a new article; also after every 2,000 articles stored); reading the stored happenings and disputes back.
 * With {@code --probe} ({@code LinkBenchmark K DB_FILE --probe}) it only adds K articles to a ledger a run filled.
 */
public final class LinkBenchmark {
    static final int PER_ARTICLE = 10, VILLAGES = 4000, REGIONS = 24, DAYS = 730;
    static final String[] HOLDERS = {"RUSMIL", "UKRMIL", "RUSGOV", "UKRGOV", "USAGOV", "BLRGOV", "RUSMED", "UKRMED",
            "IGOUNO", "GBRGOV", "FRAGOV", "DEUGOV"};
    static final Kind[] KINDS = {Kind.CONTROL, Kind.CONTROL, Kind.CONTROL, Kind.FIGHTING, Kind.FIGHTING, Kind.FIGHTING,
            Kind.FIGHTING, Kind.CASUALTIES, Kind.CASUALTIES, Kind.OCCURRED};
    static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path db = Path.of(args[1]);
        if (args.length == 3 && args[2].equals("--probe")) {
            probe(db, n);
            return;
        }
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        List<Doc> docs = docs(n / PER_ARTICLE, new Random(42));
        System.out.printf(Locale.ROOT, "%,d assertions in %,d articles; %s%n", n, docs.size(), heap());

        resetPeaks();
        long t0 = System.nanoTime();
        Linker linker = new Linker(OutletRegistry.standard());
        docs.forEach(linker::add);
        int happenings = linker.happenings().size();
        int disputes = linker.disputes().size();
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "in memory: %.1f s, %,d happenings, %,d disputes; %s%n", (t1 - t0) / 1e9,
                happenings, disputes, heap());
        linker = null;

        resetPeaks();
        t0 = System.nanoTime();
        try (Ledger ledger = Ledger.open(db.toString())) {
            for (int i = 0; i < docs.size(); i++) {
                ledger.put(docs.get(i));
                if ((i + 1) % 1000 == 0)
                    System.out.printf(Locale.ROOT, "  stored %,d articles: %.1f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                if ((i + 1) % 2000 == 0 && i + 1 < docs.size()) { // the one-more-article time as the ledger grows
                    Doc probe = renamed(docs(1, new Random(i)).get(0));
                    long a = System.nanoTime();
                    ledger.put(probe);
                    System.out.printf(Locale.ROOT, "  one more article at %,d assertions: %.0f ms%n",
                            (i + 1) * PER_ARTICLE, (System.nanoTime() - a) / 1e6);
                }
            }
            t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "ledger, one article at a time: %.1f s (%.1f ms per article), file %,d MB; %s%n",
                    (t1 - t0) / 1e9, (t1 - t0) / 1e6 / docs.size(), Files.size(db) >> 20, heap());
            List<Doc> more = docs(5, new Random(7));
            for (Doc d : more) {
                Doc fresh = renamed(d);
                long a = System.nanoTime();
                ledger.put(fresh);
                System.out.printf(Locale.ROOT, "  one more article (%d assertions): %.0f ms%n",
                        fresh.get(Layer.ASSERTIONS).size(), (System.nanoTime() - a) / 1e6);
            }
            resetPeaks();
            long r0 = System.nanoTime();
            StoredLinks links = ledger.links();
            System.out.printf(Locale.ROOT, "read back: %.1f s, %,d happenings, %,d disputes; %s%n",
                    (System.nanoTime() - r0) / 1e9, links.happenings().size(), links.disputes().size(), heap());
        }
    }

    /**
     * Adds {@code articles} more articles to a ledger an earlier run filled, timing each put: the one-more-article
     * figure again, e.g. on an idle machine ({@code LinkBenchmark 10 COPY_OF_LEDGER --probe}).
     */
    static void probe(Path db, int articles) throws Exception {
        // A ledger filled by an older linker would be relinked whole on open (minutes at 100k articles): the
        // synthetic reports link the same way under any version, so mark it current and time the put alone.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             PreparedStatement s = c.prepareStatement("UPDATE link_version SET version = ?")) {
            s.setString(1, IncrementalLinker.VERSION);
            s.executeUpdate();
        }
        try (Ledger ledger = Ledger.open(db.toString())) {
            long s0 = System.nanoTime();
            int stored = ledger.links().happenings().size();
            System.out.printf(Locale.ROOT, "ledger %s: %,d happenings (read in %.1f s)%n", db, stored,
                    (System.nanoTime() - s0) / 1e9);
            for (Doc d : docs(articles, new Random(11))) {
                Doc fresh = renamed(d);
                long a = System.nanoTime();
                ledger.put(fresh);
                System.out.printf(Locale.ROOT, "  one more article (%d assertions): %.0f ms%n",
                        fresh.get(Layer.ASSERTIONS).size(), (System.nanoTime() - a) / 1e6);
            }
        }
    }

    /** The same article content under a text of its own (a new id), so it is not already stored. */
    static Doc renamed(Doc d) {
        String text = d.text() + " update " + System.nanoTime();
        Article a = d.article();
        Article b = Article.of(a.outlet(), null, "en", a.published(), null, null, text, "bench");
        List<Assertion> as = new ArrayList<>();
        for (Assertion x : d.get(Layer.ASSERTIONS)) {
            Evidence ev = new Evidence(b.id(), x.evidence().span(), "bench", "1", 1.0);
            as.add(new Assertion(x.span(), x.kind(), x.polarity(), x.actor(), x.place() == null ? null
                    : new PlaceMention(x.place().span(), x.place().place(), ev), x.placeName(), x.time(), x.count(),
                    null, -1, x.claim(), x.holder(), ev));
        }
        return Doc.of(b).with(Layer.SENTENCES, d.get(Layer.SENTENCES)).with(Layer.ASSERTIONS, as);
    }

    static List<Doc> docs(int articles, Random rnd) {
        List<Doc> out = new ArrayList<>(articles);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            int day = rnd.nextInt(DAYS);
            String text;
            if (!texts.isEmpty() && rnd.nextInt(100) < 3) text = texts.get(rnd.nextInt(texts.size())) + " reprinted";
            else {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 80; w++) sb.append('w').append(rnd.nextInt(5000)).append(' ');
                text = sb.toString().strip() + ".";
            }
            texts.add(text);
            Article art = Article.of("Outlet " + rnd.nextInt(40), null, "en", DAY0.plusDays(day), null, null,
                    text + " " + i, "bench");
            Evidence ev = new Evidence(art.id(), new Span(0, 10), "bench", "1", 1.0);
            int region = rnd.nextInt(REGIONS);
            List<Assertion> as = new ArrayList<>();
            for (int k = 0; k < PER_ARTICLE; k++) {
                Kind kind = KINDS[rnd.nextInt(KINDS.length)];
                Place place = rnd.nextInt(100) < 3 ? region(region)
                        : village(region * (VILLAGES / REGIONS) + rnd.nextInt(VILLAGES / REGIONS), region);
                int d = Math.max(0, day - rnd.nextInt(3));
                LocalDate when = DAY0.plusDays(d);
                TimeMention t = new TimeMention(new Span(0, 5), new TimeValue(when.toString(), "DATE",
                        TimeValue.Granularity.DAY, when, when.plusDays(1), null, null, TimeValue.Anchoring.ABSOLUTE,
                        null), ev);
                boolean narration = rnd.nextInt(5) == 0;
                String h = HOLDERS[rnd.nextInt(HOLDERS.length)];
                ActorRef holder = narration ? ActorRef.named(null, art.outlet(), null) : ActorRef.named(h, h, null);
                ActorRef actor = kind == Kind.CONTROL ? ActorRef.named(rnd.nextBoolean() ? "RUS" : "UKR", "side", null) : null;
                Quantity count = kind == Kind.CASUALTIES ? new Quantity(new Span(0, 2), 1 + rnd.nextInt(60), null,
                        Quantity.Bound.EXACT, "killed", null) : null;
                Polarity pol = rnd.nextInt(10) == 0 ? Polarity.NEGATIVE : Polarity.POSITIVE;
                as.add(new Assertion(new Span(k, k + 1), kind, pol, actor, new PlaceMention(new Span(0, 5), place, ev),
                        null, t, count, null, -1, narration ? null : "cue:" + k, holder, ev));
            }
            out.add(Doc.of(art).with(Layer.SENTENCES, List.of(new Sentence(new Span(0, text.length()), 0, 1)))
                    .with(Layer.ASSERTIONS, as));
        }
        return out;
    }

    static Place region(int r) {
        return new Place(100 + r, "Region " + r, FeatureKind.ADMIN1, "UA", "Region " + r, "", 48, 37, 3);
    }

    static Place village(int v, int r) {
        return new Place(10_000 + v, "Village " + v, FeatureKind.POPULATED_PLACE, "UA", "Region " + r, "", 48, 37, 1);
    }

    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** Live heap after a full GC, and the peak of the heap pools since the last reset (their sum: an upper bound). */
    static String heap() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format(Locale.ROOT, "live heap %,d MB, peak %,d MB", live >> 20, peak >> 20);
    }
}
