package org.sitrep.store;

/**
 * A ledger operation failed: the database could not be opened (locked, unreachable, newer schema) or a statement
 * failed. The message names the database and the article concerned; the cause holds the driver's exception.
 */
public class LedgerException extends RuntimeException {
    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }

    public LedgerException(String message) {
        super(message);
    }
}
