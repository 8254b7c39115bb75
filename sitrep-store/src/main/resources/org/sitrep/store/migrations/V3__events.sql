-- V3: events, their quantities and assertions, one row each, so `sitrep events` and `sitrep assertions` filter in
-- SQL. Ledger.put writes them in the article's transaction (deleted and rewritten on a replacement); articles stored
-- before V3 get them from their doc_json (EventTable.backfill, run after these statements in the same transaction),
-- which has them only when an events stage ran; the others get them when re-analyzed by a newer stage version.
-- As for claims: no primary keys on (article_id, seq) (DuckDB 1.1 rejects re-inserting a key deleted in the same
-- transaction), names lower-cased by Java into *_lower columns (SQL lower() differs by database), and the row's
-- readable JSON as TEXT (JSONB would reorder keys). day_start/day_end: the fact's time as days [start, end), else
-- the publication day; codes: the actor codes as ' CODE1 CODE2 ' for prefix matching.
CREATE TABLE events (
    article_id     TEXT NOT NULL REFERENCES articles (id),
    seq            INTEGER NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    cameo          TEXT,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    polarity       TEXT NOT NULL,
    modality       TEXT NOT NULL,
    holder_code    TEXT,
    holder_lower   TEXT NOT NULL,
    codes          TEXT NOT NULL,
    about_lower    TEXT NOT NULL,
    place_lower    TEXT NOT NULL,
    day_start      DATE NOT NULL,
    day_end        DATE NOT NULL,
    claim_ref      TEXT,
    published      DATE NOT NULL,
    json           TEXT NOT NULL,
    CHECK (trigger_start >= 0 AND trigger_end >= trigger_start)
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_day ON events (day_start);

CREATE TABLE quantities (
    article_id  TEXT NOT NULL REFERENCES articles (id),
    event_seq   INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    value       BIGINT NOT NULL,
    out_of      BIGINT,
    bound       TEXT NOT NULL,
    counted     TEXT NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL
);
CREATE INDEX quantities_event ON quantities (article_id, event_seq);

CREATE TABLE assertions (
    article_id     TEXT NOT NULL REFERENCES articles (id),
    seq            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    polarity       TEXT NOT NULL,
    actor_code     TEXT,
    place_id       BIGINT,
    place_name     TEXT,
    count_value    BIGINT,
    count_bound    TEXT,
    count_counted  TEXT,
    event_seq      INTEGER,
    holder_code    TEXT,
    holder_lower   TEXT NOT NULL,
    codes          TEXT NOT NULL,
    about_lower    TEXT NOT NULL,
    place_lower    TEXT NOT NULL,
    day_start      DATE NOT NULL,
    day_end        DATE NOT NULL,
    claim_ref      TEXT,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    published      DATE NOT NULL,
    json           TEXT NOT NULL
);
CREATE INDEX assertions_article ON assertions (article_id);
CREATE INDEX assertions_kind ON assertions (kind);
CREATE INDEX assertions_day ON assertions (day_start);
