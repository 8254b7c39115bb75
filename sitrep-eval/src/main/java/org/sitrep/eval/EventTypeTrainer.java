package org.sitrep.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.sitrep.events.EventTypeModel;
import org.sitrep.model.PloverType;

/**
 * Trains an {@link EventTypeModel} with liblinear: L2-regularized logistic regression, one type against the rest,
 * binary features. Deterministic (liblinear's random generator is seeded). Stateless.
 */
public final class EventTypeTrainer {
    /**
     * One training record: its features, a dense vector (empty for none; {@code eval events --dense}) and its gold
     * type.
     */
    public record Example(List<String> features, float[] dense, PloverType type) {
        public Example(List<String> features, PloverType type) {
            this(features, new float[0], type);
        }
    }

    /** A type and its probability, as {@link EventTypeModel.Prediction}. */
    public interface Classifier {
        EventTypeModel.Prediction classify(List<String> features, float[] dense);
    }

    /** The regularization cost liblinear's {@code -c} takes; 1 is its default. */
    public static final double DEFAULT_C = 1.0;

    private EventTypeTrainer() {}

    public static EventTypeModel train(List<Example> examples, double c, String provenance) {
        if (examples.stream().anyMatch(e -> e.dense().length > 0))
            throw new IllegalArgumentException("An EventTypeModel has no dense part: use trainDense");
        Trained t = fit(examples, c);
        Model m = t.model();
        Map<String, Integer> index = t.index();
        List<PloverType> types = t.types();
        List<PloverType> labels = new ArrayList<>();
        for (int label : m.getLabels()) labels.add(types.get(label));
        Map<String, double[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> f : index.entrySet()) {
            double[] w = new double[labels.size()];
            for (int k = 0; k < w.length; k++)
                w[k] = labels.size() == 1 ? 0 : m.getDecfunCoef(f.getValue(), k);
            weights.put(f.getKey(), w);
        }
        return new EventTypeModel(labels, weights, provenance);
    }

    /**
     * A classifier over the features and the dense vectors of {@code examples} (sentence or token vectors of an
     * encoder, each scaled to length {@code scale}), for the evaluation's {@code --dense} runs: the stage's
     * {@link EventTypeModel} has no dense part, as the events stage runs no encoder.
     */
    public static Classifier trainDense(List<Example> examples, double c, double scale) {
        Trained t = fit(examples.stream().map(e -> new Example(e.features(), scaled(e.dense(), scale), e.type())).toList(), c);
        return (features, dense) -> {
            Feature[] row = row(features, scaled(dense, scale), t.index(), false);
            double[] p = new double[t.model().getNrClass()];
            Linear.predictProbability(t.model(), row, p);
            int best = 0;
            for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
            return new EventTypeModel.Prediction(t.types().get(t.model().getLabels()[best]), p[best]);
        };
    }

    private record Trained(Model model, Map<String, Integer> index, List<PloverType> types) {}

    /** liblinear's L2-regularized logistic regression, one type against the rest; dense values follow the names. */
    private static Trained fit(List<Example> examples, double c) {
        if (examples.isEmpty()) throw new IllegalArgumentException("No examples to train the event-type model on");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Example e : examples)
            for (String f : new TreeSet<>(e.features())) index.putIfAbsent(f, index.size() + 1);
        List<PloverType> types = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::type).toList()));
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size() + examples.stream().mapToInt(e -> e.dense().length).max().orElse(0);
        p.bias = -1; // the features hold a constant "bias" feature instead
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            p.x[i] = row(examples.get(i).features(), examples.get(i).dense(), index, true);
            p.y[i] = types.indexOf(examples.get(i).type());
        }
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.001);
        param.setRandom(new Random(1));
        Linear.disableDebugOutput();
        return new Trained(Linear.train(p, param), index, types);
    }

    /** A liblinear row: the known names (value 1) by index, then the dense values after all names. */
    private static Feature[] row(List<String> features, float[] dense, Map<String, Integer> index, boolean training) {
        TreeSet<Integer> ids = new TreeSet<>();
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) ids.add(id);
            else if (training) throw new IllegalStateException("Feature " + f + " has no index");
        }
        List<Feature> row = new ArrayList<>(ids.size() + dense.length);
        for (int id : ids) row.add(new FeatureNode(id, 1.0));
        for (int d = 0; d < dense.length; d++)
            if (dense[d] != 0) row.add(new FeatureNode(index.size() + 1 + d, dense[d]));
        return row.toArray(new Feature[0]);
    }

    /** {@code v} scaled to length {@code scale} (zero vectors stay zero). */
    private static float[] scaled(float[] v, double scale) {
        double norm = 0;
        for (float x : v) norm += x * x;
        if (norm == 0) return v;
        float[] out = new float[v.length];
        for (int d = 0; d < v.length; d++) out[d] = (float) (v[d] * scale / Math.sqrt(norm));
        return out;
    }
}
