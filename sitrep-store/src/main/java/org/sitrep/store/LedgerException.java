package org.sitrep.store;

/**
 * A ledger operation failed: the database could not be opened (locked, unreachable, newer schema) or a statement
 * failed. The message names the database and the article concerned; the cause holds the driver's exception.
 */
public class LedgerException extends RuntimeException {
    private final boolean connectionLost;

    public LedgerException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public LedgerException(String message) {
        super(message);
        this.connectionLost = false;
    }

    /** @param connectionLost the database went away (server shut down, backend terminated, network): retrying is futile */
    public LedgerException(String message, Throwable cause, boolean connectionLost) {
        super(message, cause);
        this.connectionLost = connectionLost;
    }

    /** True when the connection to the database is gone, so every later call on this ledger will fail too. */
    public boolean connectionLost() {
        return connectionLost;
    }
}
