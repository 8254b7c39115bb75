package org.sitrep.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Assertion;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;

/**
 * Across articles: feeds each analyzed document's assertions into the happening index, with its outlet resolved and
 * its copy group found, and judges the happenings. Incremental ({@link #add} one document at a time) and
 * order-independent. Not thread-safe.
 */
public final class Linker {
    private final OutletRegistry outlets;
    private final NearDuplicates copies = new NearDuplicates();
    private final HappeningIndex index = new HappeningIndex();
    private final List<Doc> pending = new ArrayList<>();
    private final DisputeJudge judge;

    public Linker(OutletRegistry outlets) {
        this.outlets = outlets;
        this.judge = new DisputeJudge(outlets);
    }

    /**
     * Adds a document. Its copy group is known only once every copy is in, so reports enter the index when
     * {@link #happenings()} or {@link #disputes()} is asked for.
     */
    public void add(Doc doc) {
        copies.add(doc.article().id().value(), doc.article().published(), doc.text());
        pending.add(doc);
    }

    /** Every happening, ordered by first day then id. */
    public List<Happening> happenings() {
        flush();
        return index.happenings();
    }

    /** Every dispute and reversal, happening by happening. */
    public List<Dispute> disputes() {
        List<Dispute> out = new ArrayList<>();
        for (Happening h : happenings()) out.addAll(judge.judge(h));
        return out;
    }

    private void flush() {
        for (Doc d : pending) for (Report r : reports(d, outlets, copies.original(d.article().id().value()))) index.add(r);
        pending.clear();
    }

    /** The reports of one document: each assertion with its statement day (its claim's, else the publication day). */
    public static List<Report> reports(Doc doc, OutletRegistry outlets, String copyOf) {
        var article = doc.article();
        Map<String, LocalDate> stated = new HashMap<>();
        for (Claim c : doc.find(Layer.CLAIMS).orElse(List.of()))
            if (c.statementDate() != null) stated.put(Event.claimRef(c), c.statementDate());
        String outlet = outlets.resolve(article.outlet(), article.url()).map(o -> o.id()).orElse("");
        List<Report> out = new ArrayList<>();
        List<Assertion> as = doc.find(Layer.ASSERTIONS).orElse(List.of());
        for (int i = 0; i < as.size(); i++) {
            Assertion a = NamedPlaces.locate(doc, as.get(i));
            LocalDate day = a.claim() == null ? article.published() : stated.getOrDefault(a.claim(), article.published());
            out.add(new Report(article.id(), i, day, outlet, copyOf, a, IncrementalLinker.quote(doc, a)));
        }
        return out;
    }
}
