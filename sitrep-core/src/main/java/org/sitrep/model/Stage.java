package org.sitrep.model;

import java.util.Set;

/**
 * One pipeline step: immutable, thread-safe, deterministic; returns a new document, never mutates its input.
 * Bad article data never throws out of a stage: it becomes an {@link Issue} on the document.
 */
public interface Stage {
    /** Kebab-case name, written into every {@link Evidence} the stage produces. */
    String name();

    /** Bumped whenever the stage's output for the same input may change. */
    String version();

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    Doc apply(Doc doc);

    /**
     * Loads the models and tables the stage reads now rather than on its first document, so that a caller can load
     * all stages side by side ({@link org.sitrep.pipeline.Pipeline#load}). Safe to call again and from any thread.
     */
    default void load() {
    }
}
