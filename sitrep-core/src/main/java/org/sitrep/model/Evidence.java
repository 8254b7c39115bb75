package org.sitrep.model;

/** Who or what produced a fact, and from which characters. Confidence is in [0, 1]. */
public record Evidence(ArticleId article, Span span, String stage, String stageVersion, double confidence) {
    public Evidence {
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("Evidence confidence must lie in [0, 1]; got " + confidence);
    }
}
