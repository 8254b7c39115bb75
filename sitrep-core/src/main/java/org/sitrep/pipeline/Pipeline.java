package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Stage;

/**
 * Stages run in order. Built only when every stage's required layers are produced by an earlier stage, so a
 * misassembled pipeline fails at construction, not halfway through a batch. Thread-safe when its stages are.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name()))
                throw new IllegalArgumentException("Stage '" + stage.name() + "' appears twice in the pipeline");
            Set<Layer<?>> missing = new HashSet<>(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty())
                throw new IllegalArgumentException("Stage '" + stage.name() + "' requires " + sorted(missing)
                        + " but the stages before it produce only " + sorted(available)
                        + "; add a stage that produces them earlier in the pipeline");
            available.addAll(stage.produces());
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage; a stage's missing produced layer is a programming error and throws. An interrupted thread
     * (a {@link BatchRunner} worker past its time budget) stops before the next stage with a
     * {@link java.util.concurrent.CancellationException}.
     */
    public Doc apply(Doc doc) {
        Doc current = doc;
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted())
                throw new java.util.concurrent.CancellationException("interrupted before stage '" + stage.name() + "'");
            current = stage.apply(current);
            for (Layer<?> layer : stage.produces())
                if (!current.has(layer))
                    throw new IllegalStateException("Stage '" + stage.name() + "' declared it produces '" + layer
                            + "' but did not set it");
        }
        return current;
    }

    /**
     * Loads every stage's models at once instead of one after another on the first document: loading is mostly
     * single-threaded reading and parsing of model files, so on two cores two stages load in the time of one.
     */
    public void load() {
        stages.parallelStream().forEach(Stage::load);
    }

    private static String sorted(Set<Layer<?>> layers) {
        List<String> names = new ArrayList<>(layers.stream().map(Layer::name).toList());
        names.sort(null);
        return names.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
