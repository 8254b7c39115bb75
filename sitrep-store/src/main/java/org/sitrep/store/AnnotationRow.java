package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.sitrep.json.Json;
import org.sitrep.model.ArticleId;
import org.sitrep.model.Span;

/**
 * One element of one annotation layer of a stored article, as the ledger indexes it.
 *
 * @param published the article's publication day (for listings ordered by time)
 * @param seq       the element's index in its layer
 * @param span      null when the element has no {@code start}/{@code end}
 * @param kind      the element's first field among {@code kind, type, cue}, or null
 * @param value     the element's first field among {@code code, value, placeId}, or null
 * @param json      the element in stand-off JSON (flat {@code start}/{@code end})
 */
public record AnnotationRow(ArticleId article, LocalDate published, String layer, int seq, Span span, String kind,
                            String value, String json) {
    /** The element's JSON as a tree. */
    public JsonNode node() {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored annotation " + article + "/" + layer + "/" + seq
                    + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
