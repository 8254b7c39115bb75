-- V5: no indexes on the link rows that are rewritten as articles arrive (link_members.happening_id and
-- link_copies.copy_of are UPDATEd; happenings and disputes rows are deleted and inserted again under the same id).
-- With them, DuckDB 1.1.3 failed a checkpoint after some hundreds of linked articles ("Failed to create checkpoint
-- because of error: Invalid node type for TransformToDeprecated: 0", LinkBenchmark 10000) and invalidated the
-- database. Those lookups scan the column instead (zone maps); the insert-only indexes stay.
DROP INDEX IF EXISTS link_members_happening;
DROP INDEX IF EXISTS link_copies_copy_of;
DROP INDEX IF EXISTS happenings_id;
DROP INDEX IF EXISTS disputes_happening;
