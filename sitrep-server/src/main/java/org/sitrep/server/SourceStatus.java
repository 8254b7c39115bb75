package org.sitrep.server;

import java.time.Instant;

/**
 * How the server reads the ledger, for {@code GET /api/status}.
 *
 * @param mode      {@code "live"} (every request reads the database) or {@code "snapshot"} (a copy of the DuckDB
 *                  file taken when it last changed and no writer held it)
 * @param asOf      when the state being served was taken (snapshot) or now (live)
 * @param writerBusy true when the file has changed since the snapshot but a writer (an {@code analyze} run) still
 *                  holds it, so newer articles will appear once it finishes
 */
public record SourceStatus(String mode, Instant asOf, boolean writerBusy) {}
