-- V1: articles with their full stand-off JSON, one row per element of the fact layers, one row per issue.
-- Each statement ends with ';' at the end of a line. ${json} is a placeholder filled by Dialect
-- (JSONB on PostgreSQL, JSON on DuckDB). Schema versions are recorded by the migrator in schema_version.

-- stages: JSON object stage name -> version of the stages that produced doc_json (decides re-analysis on put).
-- doc_json: org.sitrep.json.StandoffJson of the whole document; find() reads it back exactly. TEXT, not JSON,
-- so the text is kept byte for byte. No index on published: DuckDB turns an UPDATE of an indexed column into
-- delete+insert, which trips its primary-key check when a re-analysed article is replaced.
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    outlet       TEXT,
    url          TEXT,
    language     TEXT,
    published    DATE NOT NULL,
    published_at TIMESTAMP,
    title        TEXT,
    text         TEXT NOT NULL,
    source       TEXT,
    stages       TEXT NOT NULL,
    stored_at    TIMESTAMP NOT NULL,
    doc_json     TEXT NOT NULL
);

-- One row per element of every layer except tokens, sentences and dependencies (bulky; kept in doc_json only).
-- kind/value are pulled from well-known element fields so listings can filter without parsing JSON.
CREATE TABLE annotations (
    article_id   TEXT NOT NULL,
    layer        TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    kind         TEXT,
    value        TEXT,
    json         ${json} NOT NULL,
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX annotations_layer_value ON annotations (layer, value);
CREATE INDEX annotations_article ON annotations (article_id);

CREATE TABLE issues (
    article_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    code         TEXT NOT NULL,
    message      TEXT,
    start_offset INTEGER,
    end_offset   INTEGER,
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX issues_article ON issues (article_id);
