-- V6: the version of the linker that made the link tables (IncrementalLinker.VERSION, stage 'link' of
-- stage-versions.tsv), one row. Opening a ledger for writing links it anew when the row is missing or older
-- (LinkTable.relinkIfStale): a ledger linked before this table existed is linked once more.
CREATE TABLE link_version (
    version  TEXT NOT NULL
);
