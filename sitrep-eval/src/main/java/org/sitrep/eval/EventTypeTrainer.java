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
    /** One training record: its features and its gold type. */
    public record Example(List<String> features, PloverType type) {}

    /** The regularization cost liblinear's {@code -c} takes; 1 is its default. */
    public static final double DEFAULT_C = 1.0;

    private EventTypeTrainer() {}

    public static EventTypeModel train(List<Example> examples, double c, String provenance) {
        if (examples.isEmpty()) throw new IllegalArgumentException("No examples to train the event-type model on");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Example e : examples)
            for (String f : new TreeSet<>(e.features())) index.putIfAbsent(f, index.size() + 1);
        List<PloverType> types = new ArrayList<>(new TreeSet<>(examples.stream().map(Example::type).toList()));
        Problem p = new Problem();
        p.l = examples.size();
        p.n = index.size();
        p.bias = -1; // the features hold a constant "bias" feature instead
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            TreeSet<Integer> ids = new TreeSet<>();
            for (String f : examples.get(i).features()) ids.add(index.get(f));
            Feature[] row = new Feature[ids.size()];
            int k = 0;
            for (int id : ids) row[k++] = new FeatureNode(id, 1.0);
            p.x[i] = row;
            p.y[i] = types.indexOf(examples.get(i).type());
        }
        Parameter param = new Parameter(SolverType.L2R_LR, c, 0.001);
        param.setRandom(new Random(1));
        Linear.disableDebugOutput();
        Model m = Linear.train(p, param);
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
}
