-- V2: one row per claim, so `sitrep claims` filters in SQL instead of reading every document back.
-- Ledger.put writes these rows in the article's own transaction (deleted and rewritten on a replacement).
-- Rows of articles stored before V2 are filled from their doc_json by ClaimTable.backfill, a Java step that
-- Migrations runs after these statements, in the same transaction as this migration (see Migrations.builtIn).

-- No primary key on (article_id, seq): DuckDB 1.1 rejects re-inserting a key deleted in the same transaction, and
-- a replacement deletes and re-inserts an article's claims. ClaimTable writes seq 0, 1, 2… once per article.
-- Texts are copies of the article's characters (cue, content) so listings need no doc_json; source, chain and place
-- are JSON *text* (not ${json}): PostgreSQL's JSONB reorders keys, and the CLI prints these objects as stored.
CREATE TABLE claims (
    article_id     TEXT NOT NULL REFERENCES articles (id),
    seq            INTEGER NOT NULL,
    id             TEXT NOT NULL,
    cue            TEXT NOT NULL,
    cue_start      INTEGER NOT NULL,
    cue_end        INTEGER NOT NULL,
    cue_lemma      TEXT,
    cue_class      TEXT,
    source_code    TEXT,
    source_name    TEXT,
    source         TEXT NOT NULL,
    chain          TEXT NOT NULL,
    content        TEXT NOT NULL,
    content_lower  TEXT NOT NULL,
    content_start  INTEGER NOT NULL,
    content_end    INTEGER NOT NULL,
    stance         TEXT,
    polarity       TEXT,
    first_time     BOOLEAN NOT NULL,
    statement_date DATE,
    date_basis     TEXT,
    place_id       BIGINT,
    place_name     TEXT,
    place          TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    stage          TEXT,
    stage_version  TEXT,
    confidence     DOUBLE PRECISION,
    published      DATE NOT NULL,
    CHECK (cue_start >= 0 AND cue_end >= cue_start AND content_start >= 0 AND content_end >= content_start)
);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_source_code ON claims (source_code);
CREATE INDEX claims_statement_date ON claims (statement_date);

-- Who a claim is by and what it is about, one row per actor or place, so --by and --about are answered in SQL:
-- kind 'source' (the claim's source) and 'chain' (each link of its chain) for --by; 'actor' (an actor mention
-- inside the content) and 'place' (a place mention inside the content) for --about. name_lower is the display
-- name lower-cased by Java (Locale.ROOT), as the matching always did: SQL lower() differs by database and locale.
CREATE TABLE claim_refs (
    article_id  TEXT NOT NULL REFERENCES articles (id),
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    code        TEXT,
    name_lower  TEXT NOT NULL
);
CREATE INDEX claim_refs_article ON claim_refs (article_id, seq);
CREATE INDEX claim_refs_code ON claim_refs (code);
