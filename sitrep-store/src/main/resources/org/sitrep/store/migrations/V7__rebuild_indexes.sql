-- V7: every secondary index built again. DuckDB 1.1.3 left some of its indexes out of step with their tables after
-- articles were re-analysed (deleted and inserted again): its checkpoints then failed silently, and DuckDB 1.5 refuses
-- to delete rows such an index does not hold ("Failed to delete all rows from index"). Building them anew under 1.5
-- repairs a ledger written by 1.1.3; on PostgreSQL it only rebuilds sound indexes.
DROP INDEX IF EXISTS annotations_layer_value;
CREATE INDEX annotations_layer_value ON annotations (layer, value);
DROP INDEX IF EXISTS annotations_article;
CREATE INDEX annotations_article ON annotations (article_id);
DROP INDEX IF EXISTS issues_article;
CREATE INDEX issues_article ON issues (article_id);
DROP INDEX IF EXISTS claims_article;
CREATE INDEX claims_article ON claims (article_id);
DROP INDEX IF EXISTS claims_source_code;
CREATE INDEX claims_source_code ON claims (source_code);
DROP INDEX IF EXISTS claims_statement_date;
CREATE INDEX claims_statement_date ON claims (statement_date);
DROP INDEX IF EXISTS claim_refs_article;
CREATE INDEX claim_refs_article ON claim_refs (article_id, seq);
DROP INDEX IF EXISTS claim_refs_code;
CREATE INDEX claim_refs_code ON claim_refs (code);
DROP INDEX IF EXISTS events_article;
CREATE INDEX events_article ON events (article_id);
DROP INDEX IF EXISTS events_type;
CREATE INDEX events_type ON events (type);
DROP INDEX IF EXISTS events_day;
CREATE INDEX events_day ON events (day_start);
DROP INDEX IF EXISTS quantities_event;
CREATE INDEX quantities_event ON quantities (article_id, event_seq);
DROP INDEX IF EXISTS assertions_article;
CREATE INDEX assertions_article ON assertions (article_id);
DROP INDEX IF EXISTS assertions_kind;
CREATE INDEX assertions_kind ON assertions (kind);
DROP INDEX IF EXISTS assertions_day;
CREATE INDEX assertions_day ON assertions (day_start);
DROP INDEX IF EXISTS link_copies_article;
CREATE INDEX link_copies_article ON link_copies (article_id);
DROP INDEX IF EXISTS link_bands_band;
CREATE INDEX link_bands_band ON link_bands (band);
DROP INDEX IF EXISTS link_members_bucket;
CREATE INDEX link_members_bucket ON link_members (bucket, day_start);
DROP INDEX IF EXISTS link_members_article;
CREATE INDEX link_members_article ON link_members (article_id);
