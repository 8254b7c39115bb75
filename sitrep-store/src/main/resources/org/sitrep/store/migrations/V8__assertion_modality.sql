-- V8: an assertion's modality (ACTUAL, PLANNED, DEMANDED, HYPOTHETICAL) as a column and in its stored JSON, so
-- `sitrep assertions` shows "could take" apart from "took" and --modality filters in SQL. The events, quantities and
-- assertions rows are then written anew from each article's stand-off JSON (EventTable.backfill, the Java step of
-- this migration), which holds the modality: rows written before V8 lack it in their JSON.
DROP INDEX IF EXISTS assertions_article;
DROP INDEX IF EXISTS assertions_kind;
DROP INDEX IF EXISTS assertions_day;
ALTER TABLE assertions ADD COLUMN modality TEXT;
DELETE FROM quantities;
DELETE FROM events;
DELETE FROM assertions;
CREATE INDEX assertions_article ON assertions (article_id);
CREATE INDEX assertions_kind ON assertions (kind);
CREATE INDEX assertions_day ON assertions (day_start);
