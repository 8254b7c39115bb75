package org.sitrep.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.Article;

/**
 * What one file gave, in reading order. Collected first and handed on afterwards so that an exception thrown by
 * the caller's consumer is never mistaken for a reader failure. Not thread-safe: one per file.
 */
final class Results {
    private final List<Object> items = new ArrayList<>();

    void add(Article article) {
        items.add(article);
    }

    void fail(String source, String code, String reason) {
        items.add(new ReadFailure(source, code, reason));
    }

    void emitTo(Consumer<Article> ok, Consumer<ReadFailure> failed) {
        for (Object item : items) {
            if (item instanceof Article a) ok.accept(a);
            else failed.accept((ReadFailure) item);
        }
    }
}
