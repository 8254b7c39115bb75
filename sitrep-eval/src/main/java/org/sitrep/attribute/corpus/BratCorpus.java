package org.sitrep.attribute.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.attribute.brat.BratAnnotations;

/**
 * A folder laid out like a PolNeAR split: {@code text/<stem>.txt} and {@code attributions/<stem>_<annotator>.ann}.
 * The articles are those with at least one annotation file (as the reference scorer lists them), in stem order;
 * where several annotators' files exist the alphabetically first annotator id is the gold standard.
 */
public final class BratCorpus {
    private final Path root;
    private final Map<String, List<String>> annotators;

    private BratCorpus(Path root, Map<String, List<String>> annotators) {
        this.root = root;
        this.annotators = annotators;
    }

    /** Lists the folder; throws {@link IllegalArgumentException} naming what is missing when it is not a split. */
    public static BratCorpus open(Path root) {
        Path attributions = root.resolve("attributions");
        if (!Files.isDirectory(attributions) || !Files.isDirectory(root.resolve("text")))
            throw new IllegalArgumentException("Not a PolNeAR-style folder (needs text/ and attributions/): " + root);
        Map<String, List<String>> annotators = new TreeMap<>();
        try (Stream<Path> files = Files.list(attributions)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                int us = name.lastIndexOf('_');
                if (!name.endsWith(".ann") || us < 0) continue;
                annotators.computeIfAbsent(name.substring(0, us), k -> new ArrayList<>())
                        .add(name.substring(us + 1, name.length() - 4));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + attributions, e);
        }
        annotators.values().forEach(list -> list.sort(null));
        return new BratCorpus(root, annotators);
    }

    public Path root() {
        return root;
    }

    /** Article stems in sorted order. */
    public List<String> stems() {
        return List.copyOf(annotators.keySet());
    }

    /** Annotator ids of one article, sorted; the first is the gold standard. */
    public List<String> annotators(String stem) {
        return annotators.getOrDefault(stem, List.of());
    }

    /** The article text with line ends normalized to {@code \n}, as Python's text mode reads it. */
    public String text(String stem) {
        return readText(root.resolve("text").resolve(stem + ".txt"));
    }

    /** The gold annotations of one article: the alphabetically first annotator's file. */
    public BratAnnotations gold(String stem) {
        List<String> ids = annotators(stem);
        if (ids.isEmpty()) throw new IllegalArgumentException("No annotation file for " + stem + " in " + root);
        return BratAnnotations.parse(readText(root.resolve("attributions").resolve(stem + "_" + ids.get(0) + ".ann")));
    }

    /** Predictions for one article from {@code dir/<stem>.ann}; empty when the file is absent. */
    public static Optional<BratAnnotations> predictions(Path dir, String stem) {
        Path p = dir.resolve(stem + ".ann");
        return Files.exists(p) ? Optional.of(BratAnnotations.parse(readText(p))) : Optional.empty();
    }

    static String readText(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + p, e);
        }
    }
}
