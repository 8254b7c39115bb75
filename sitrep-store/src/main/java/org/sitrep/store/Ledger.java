package org.sitrep.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Doc;

/**
 * The ledger: analysed articles with all their facts, in DuckDB (one embedded file, the default) or PostgreSQL
 * (shared). Every method is thread-safe; writes from several threads of one process are serialized. Failures throw
 * {@link LedgerException} with a message that names the database or the article.
 *
 * <p>What is stored: per article one row with the metadata and the full stand-off JSON (so {@link #find} returns
 * exactly the document that was put), one row per element of every layer except tokens, sentences and
 * dependencies (those stay only in the JSON; they are bulky), one row per issue, and one row per claim (with its
 * words copied out, the actors and places it is by and about) for {@link #claims}.
 */
public interface Ledger extends ClaimReader, AutoCloseable {
    /**
     * Opens (creating and migrating as needed) the ledger named by {@code db}:
     * <ul>
     *   <li>a file path such as {@code sitrep.duckdb} — DuckDB; missing parent directories are created;</li>
     *   <li>{@code jdbc:duckdb:PATH} — DuckDB ({@code jdbc:duckdb:} alone is an in-memory database);</li>
     *   <li>{@code jdbc:postgresql://host:port/db?user=…&password=…} — PostgreSQL.</li>
     * </ul>
     *
     * @throws LedgerException when the DuckDB file is locked by another process, the server cannot be reached, or
     *                         the database's schema is newer than this version of sitrep knows
     */
    static Ledger open(String db) {
        return JdbcLedger.open(db, Migrations.builtIn());
    }

    /**
     * Opens the ledger named by {@code db} (as {@link #open}) for reading: {@code put} throws. A DuckDB file is
     * opened in DuckDB's read-only mode, which several processes may share; DuckDB still refuses it while another
     * process has the file open for writing (an {@code analyze} run), with the same "locked" {@link LedgerException}.
     * A DuckDB file that is missing or has an older schema is created or migrated first (a brief write).
     */
    static Ledger openReadOnly(String db) {
        return JdbcLedger.openReadOnly(db, Migrations.builtIn());
    }

    /**
     * Stores the document and all its facts in one transaction, with stage versions taken from the
     * {@link org.sitrep.model.Evidence} found in its layers. See {@link #put(Doc, Map)}.
     */
    PutResult put(Doc doc);

    /**
     * Stores the document and all its facts in one transaction. Idempotent: when the article id is already stored
     * by the same (or newer) stage versions nothing is written ({@link PutResult#ALREADY_STORED}); when it was stored
     * by older versions — some stage's version is lower, or a stage is new, and none is lower than stored — the
     * stored facts are replaced in one transaction ({@link PutResult#REPLACED}). After a failure nothing of the
     * failed write remains and the previous state is intact.
     *
     * @param stageVersions stage name → version of the stages that produced {@code doc} (e.g. from
     *                      {@code pipeline.stages()}); versions compare numerically part by part ({@code 1.10 > 1.9})
     */
    PutResult put(Doc doc, Map<String, String> stageVersions);

    /**
     * True when the article is stored by these (or newer) stage versions, so analyzing it again would store nothing:
     * the cheap check that lets a re-run skip the NLP work.
     */
    boolean isCurrent(ArticleId id, Map<String, String> stageVersions);

    /**
     * The stored events {@code query} selects, ordered by day (the event's time, else the publication day),
     * article, then trigger position.
     */
    List<StoredFact> events(FactQuery query);

    /** The stored assertions {@code query} selects, in the order of {@link #events}. */
    List<StoredFact> assertions(FactQuery query);

    /** Rows {@code offset} to {@code offset + limit - 1} of {@link #events}, with the number selected in all. */
    Page<StoredFact> events(FactQuery query, int offset, int limit);

    /** Rows {@code offset} to {@code offset + limit - 1} of {@link #assertions}, with the number selected in all. */
    Page<StoredFact> assertions(FactQuery query, int offset, int limit);

    /** The stored document, exactly as it was put. */
    Optional<Doc> find(ArticleId id);

    /** Every stored article, ordered by publication day, then id. */
    List<ArticleSummary> articles();

    long articleCount();

    /**
     * Calls {@code action} with every stored document in id order, reading them one at a time (for export). Other
     * threads' ledger calls wait until it returns.
     */
    void forEachDoc(Consumer<Doc> action);

    /**
     * Annotation rows of one layer that satisfy all filters, ordered by publication day, article id, then element
     * index.
     */
    List<AnnotationRow> annotations(String layer, Filter... filters);

    /**
     * All stored claims in memory, to answer many {@link ClaimReader} queries on this state of the ledger without
     * the database (the server; docs/DECISIONS.md). Reads every claims row once.
     */
    ClaimIndex claimIndex();

    /** Stored articles {@code offset} to {@code offset + limit - 1}, in the order of {@link #articles()}. */
    List<ArticleSummary> articles(int offset, int limit);

    /**
     * The happenings and disputes across stored articles, kept up to date by {@link #put} (schema V4 link tables)
     * and linked anew on opening when another linker version made them (V6), so this reads them without linking
     * anything. This default, for ledgers without link tables, links every
     * stored document in memory instead.
     */
    default StoredLinks links() {
        org.sitrep.link.Linker linker = new org.sitrep.link.Linker(org.sitrep.link.OutletRegistry.standard());
        Map<String, String> quotes = new java.util.HashMap<>();
        forEachDoc(d -> {
            linker.add(d);
            for (org.sitrep.link.Report r : org.sitrep.link.Linker.reports(d, org.sitrep.link.OutletRegistry.standard(), null))
                quotes.put(r.key(), org.sitrep.link.IncrementalLinker.quote(d, r.assertion()));
        });
        return new StoredLinks(linker.happenings(), linker.disputes(), quotes);
    }

    /** The version of the newest schema migration applied to this database. */
    int schemaVersion();

    /** Closes the connection; further calls throw. */
    @Override
    void close();
}
