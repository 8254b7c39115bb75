package org.sitrep.store;

/** What {@link Ledger#put} did with a document. */
public enum PutResult {
    /** The article was new: it and all its facts were written. */
    STORED,
    /** The article was already stored by the same or newer stage versions: nothing was written. */
    ALREADY_STORED,
    /** The article was stored by older stage versions: its facts were replaced in one transaction. */
    REPLACED
}
