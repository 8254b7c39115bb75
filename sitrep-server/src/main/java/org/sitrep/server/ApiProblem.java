package org.sitrep.server;

/**
 * An HTTP error answered as {@code application/problem+json} (RFC 9457): {@code {type, title, status, detail}}.
 * {@code type} is stable (clients switch on it); {@code detail} is for people and names the offending value.
 */
final class ApiProblem extends RuntimeException {
    /** The stable problem types; {@code urn:sitrep:problem:<slug>}. */
    enum Type {
        INVALID_PARAMETER(400, "Invalid query parameter"),
        UNKNOWN_PARAMETER(400, "Unknown query parameter"),
        NOT_FOUND(404, "Not found"),
        FORBIDDEN_ORIGIN(403, "Cross-origin write refused"),
        METHOD_NOT_ALLOWED(405, "Method not allowed"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported input format"),
        UNPROCESSABLE_ARTICLE(422, "The article could not be read"),
        LEDGER_UNAVAILABLE(503, "The ledger cannot be read"),
        LEDGER_BUSY(503, "The ledger is being written by another process"),
        INTERNAL_ERROR(500, "Internal error");

        final int status;
        final String title;

        Type(int status, String title) {
            this.status = status;
            this.title = title;
        }

        String uri() {
            return "urn:sitrep:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    final Type type;

    ApiProblem(Type type, String detail) {
        super(detail);
        this.type = type;
    }
}
