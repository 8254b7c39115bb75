package org.sitrep.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with its annotation layers and the issues found in it. Immutable: every {@code with…} returns a new
 * document that shares the unchanged parts.
 */
public final class Doc {
    private final Article article;
    private final Map<String, List<?>> layers;
    private final List<Issue> issues;

    private Doc(Article article, Map<String, List<?>> layers, List<Issue> issues) {
        this.article = Objects.requireNonNull(article, "article");
        this.layers = Collections.unmodifiableMap(layers);
        this.issues = List.copyOf(issues);
    }

    public static Doc of(Article article) {
        return new Doc(article, new LinkedHashMap<>(), List.of());
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    public List<Issue> issues() {
        return issues;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer.name());
    }

    /** The layer's elements, or an empty list when the layer was never set. */
    @SuppressWarnings("unchecked")
    public <E> List<E> get(Layer<E> layer) {
        return (List<E>) layers.getOrDefault(layer.name(), List.of());
    }

    /** The layer's elements when it was set. */
    public <E> Optional<List<E>> find(Layer<E> layer) {
        return has(layer) ? Optional.of(get(layer)) : Optional.empty();
    }

    /** The names of the layers set on this document, in the order they were added. */
    public List<String> layerNames() {
        return List.copyOf(layers.keySet());
    }

    /** Raw access for serializers: the elements under {@code name}, or null. */
    public List<?> layer(String name) {
        return layers.get(name);
    }

    public <E> Doc with(Layer<E> layer, List<E> elements) {
        for (E e : elements)
            if (!layer.elementType().isInstance(e))
                throw new IllegalArgumentException("Layer " + layer + " holds " + layer.elementType().getSimpleName()
                        + "; got " + (e == null ? "null" : e.getClass().getName()));
        Map<String, List<?>> copy = new LinkedHashMap<>(layers);
        copy.put(layer.name(), List.copyOf(elements));
        return new Doc(article, copy, issues);
    }

    public Doc withIssue(Issue issue) {
        List<Issue> copy = new ArrayList<>(issues);
        copy.add(Objects.requireNonNull(issue, "issue"));
        return new Doc(article, layers, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Doc d && article.equals(d.article) && layers.equals(d.layers) && issues.equals(d.issues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(article, layers, issues);
    }

    @Override
    public String toString() {
        return "Doc[" + article.id() + ", layers=" + layers.keySet() + ", issues=" + issues.size() + "]";
    }
}
