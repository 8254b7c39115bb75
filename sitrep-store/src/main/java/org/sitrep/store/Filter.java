package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.ArticleId;

/**
 * A condition on {@link Ledger#annotations} rows; several filters must all hold. Build them with the static
 * factories: {@code ledger.annotations("entities", Filter.kind("PERSON"), Filter.publishedBetween(from, to))}.
 */
public sealed interface Filter {
    record Article(ArticleId id) implements Filter {
        public Article {
            Objects.requireNonNull(id, "id");
        }
    }

    record Kind(String kind) implements Filter {
        public Kind {
            Objects.requireNonNull(kind, "kind");
        }
    }

    record Value(String value) implements Filter {
        public Value {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Values starting with a prefix, e.g. the CAMEO code {@code PRK} matches {@code PRKMIL}. */
    record ValuePrefix(String prefix) implements Filter {
        public ValuePrefix {
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    record Outlet(String outlet) implements Filter {
        public Outlet {
            Objects.requireNonNull(outlet, "outlet");
        }
    }

    /** Articles published on a day in [from, to], both inclusive; either bound may be null (open). */
    record PublishedBetween(LocalDate from, LocalDate to) implements Filter {
        public PublishedBetween {
            if (from != null && to != null && to.isBefore(from))
                throw new IllegalArgumentException("PublishedBetween needs from <= to; got from=" + from + ", to=" + to);
        }
    }

    static Filter article(ArticleId id) {
        return new Article(id);
    }

    static Filter kind(String kind) {
        return new Kind(kind);
    }

    static Filter value(String value) {
        return new Value(value);
    }

    static Filter valuePrefix(String prefix) {
        return new ValuePrefix(prefix);
    }

    static Filter outlet(String outlet) {
        return new Outlet(outlet);
    }

    static Filter publishedBetween(LocalDate from, LocalDate to) {
        return new PublishedBetween(from, to);
    }
}
