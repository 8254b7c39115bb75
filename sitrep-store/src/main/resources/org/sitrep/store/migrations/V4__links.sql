-- V4: the cross-article links (issue 11), kept up to date by Ledger.put in the article's transaction
-- (IncrementalLinker): adding an article reads and writes only the rows it touches. Older ledgers are linked once
-- by the Java step of this migration (LinkTable.backfill). No primary keys (DuckDB 1.1 rejects re-inserting a key
-- deleted in the same transaction); ids are looked up through plain indexes.
-- link_copies: each article's MinHash signature (128 signed 64-bit integers as text) and its copy group's original;
-- link_bands: its LSH band keys, so a new article is compared only with articles sharing a band.
CREATE TABLE link_copies (
    article_id  TEXT NOT NULL,
    published   DATE,
    signature   TEXT NOT NULL,
    copy_of     TEXT NOT NULL
);
CREATE INDEX link_copies_article ON link_copies (article_id);
CREATE INDEX link_copies_copy_of ON link_copies (copy_of);

CREATE TABLE link_bands (
    band        BIGINT NOT NULL,
    article_id  TEXT NOT NULL
);
CREATE INDEX link_bands_band ON link_bands (band);

-- One row per report (an assertion as linking sees it): its happening, the bucket it is compared within (kind family
-- and country or actor side), the days it is about [day_start, day_end), and the report itself as JSON.
CREATE TABLE link_members (
    report_key    TEXT NOT NULL,
    article_id    TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    happening_id  TEXT NOT NULL,
    bucket        TEXT NOT NULL,
    day_start     DATE NOT NULL,
    day_end       DATE NOT NULL,
    stated        DATE NOT NULL,
    outlet        TEXT NOT NULL,
    copy_of       TEXT NOT NULL,
    quote         TEXT NOT NULL,
    json          TEXT NOT NULL
);
CREATE INDEX link_members_bucket ON link_members (bucket, day_start);
CREATE INDEX link_members_happening ON link_members (happening_id);
CREATE INDEX link_members_article ON link_members (article_id);

-- A happening's summary: originals as a JSON array (text).
CREATE TABLE happenings (
    id          TEXT NOT NULL,
    family      TEXT NOT NULL,
    about       TEXT NOT NULL,
    day_from    DATE NOT NULL,
    day_to      DATE NOT NULL,
    members     INTEGER NOT NULL,
    sources     INTEGER NOT NULL,
    originals   TEXT NOT NULL
);
CREATE INDEX happenings_id ON happenings (id);

-- Contradictions and reversals, by happening; first/second are report keys of link_members.
CREATE TABLE disputes (
    happening_id  TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    first_key     TEXT NOT NULL,
    second_key    TEXT NOT NULL,
    reason        TEXT NOT NULL
);
CREATE INDEX disputes_happening ON disputes (happening_id);
