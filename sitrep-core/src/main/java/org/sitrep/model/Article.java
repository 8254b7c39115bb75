package org.sitrep.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read. Only {@code id}, {@code text} and {@code published} are required; the others may be
 * null when the input does not give them.
 *
 * @param published   the publication day: the anchor for every relative time in the text
 * @param publishedAt the publication instant when the input gives one, else null
 * @param source      where it was read from (a file path, with a line or item number for multi-article files)
 */
public record Article(ArticleId id, String outlet, String url, String language, LocalDate published,
                      Instant publishedAt, String title, String text, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
    }

    /** Builds an article whose id is derived from its text and url. */
    public static Article of(String outlet, String url, String language, LocalDate published, Instant publishedAt,
                             String title, String text, String source) {
        return new Article(ArticleId.of(text, url), outlet, url, language, published, publishedAt, title, text, source);
    }
}
