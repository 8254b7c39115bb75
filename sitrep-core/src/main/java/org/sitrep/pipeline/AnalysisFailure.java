package org.sitrep.pipeline;

import java.util.Objects;
import org.sitrep.model.Article;

/**
 * One article that was read but could not be analyzed or stored: reported, never thrown, so the batch goes on.
 * Nothing of the article is stored.
 *
 * @param code    a stable dotted code, one of the constants below
 * @param message a sentence for a person: what limit or error, with the numbers
 */
public record AnalysisFailure(Article article, String code, String message) {
    /** The article has more tokens than the {@link Budget} allows; it was refused before any NLP ran. */
    public static final String TOO_LONG = "nlp.too-long";
    /** Analyzing the article took longer than the {@link Budget} allows; it was abandoned. */
    public static final String TIMEOUT = "nlp.timeout";
    /** A stage threw: a bug to report, kept from stopping the batch. */
    public static final String FAILED = "analyze.failed";
    /** The analyzed article could not be stored (the sink threw); nothing of it was written. */
    public static final String STORE_FAILED = "store.failed";

    public AnalysisFailure {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
