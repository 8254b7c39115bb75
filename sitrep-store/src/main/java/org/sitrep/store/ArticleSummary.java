package org.sitrep.store;

import java.time.LocalDate;
import java.util.Map;
import org.sitrep.model.ArticleId;

/**
 * One stored article without its text and layers: what a listing shows.
 *
 * @param annotationCounts number of stored annotation rows per layer (layers kept only in the document JSON, such as
 *                         tokens, are not counted); never null
 * @param issueCount       number of issues recorded on the document
 */
public record ArticleSummary(ArticleId id, String outlet, String url, LocalDate published, String title,
                             String source, Map<String, Integer> annotationCounts, int issueCount) {
    public ArticleSummary {
        annotationCounts = Map.copyOf(annotationCounts);
    }
}
