package org.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.PloverType;

/**
 * A linear classifier of PLOVER event types over {@link EventTypeFeatures}: one weight vector per type (one
 * against the rest, as liblinear's logistic regression trains them; {@code sitrep train events} in sitrep-eval),
 * scores turned into probabilities by the logistic function and normalized, as liblinear does. Stored as text:
 * {@code #} lines of provenance, a {@code labels} line, then one line per feature with its weight for each label.
 * Immutable and thread-safe; {@link #standard()} loads the bundled model once per JVM.
 */
public final class EventTypeModel {
    /** The resource, beside this class, that {@link #standard()} reads. */
    public static final String RESOURCE = "event-types.model";

    /** The most probable type and its probability. */
    public record Prediction(PloverType type, double probability) {}

    private final List<PloverType> labels;
    private final Map<String, double[]> weights;
    private final String provenance;

    private static volatile Optional<EventTypeModel> standard;

    public EventTypeModel(List<PloverType> labels, Map<String, double[]> weights, String provenance) {
        if (labels.isEmpty()) throw new IllegalArgumentException("An event-type model needs at least one label");
        for (Map.Entry<String, double[]> w : weights.entrySet())
            if (w.getValue().length != labels.size())
                throw new IllegalArgumentException("Feature " + w.getKey() + " has " + w.getValue().length
                        + " weights for " + labels.size() + " labels");
        this.labels = List.copyOf(labels);
        this.weights = Map.copyOf(weights);
        this.provenance = provenance == null ? "" : provenance;
    }

    /** The bundled model, or empty when the build has none (the events stage then types by rules alone). */
    public static Optional<EventTypeModel> standard() {
        Optional<EventTypeModel> m = standard;
        if (m == null) {
            synchronized (EventTypeModel.class) {
                if (standard == null) {
                    try (InputStream in = EventTypeModel.class.getResourceAsStream(RESOURCE)) {
                        standard = in == null ? Optional.empty() : Optional.of(read(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not read org/sitrep/events/" + RESOURCE, e);
                    }
                }
                m = standard;
            }
        }
        return m;
    }

    public List<PloverType> labels() {
        return labels;
    }

    /** Where the model came from: data, licence, trainer and its settings (the file's {@code #} lines). */
    public String provenance() {
        return provenance;
    }

    /** The most probable type for {@code features}; features the model never saw are ignored. */
    public Prediction classify(Collection<String> features) {
        double[] score = new double[labels.size()];
        for (String f : features) {
            double[] w = weights.get(f);
            if (w == null) continue;
            for (int k = 0; k < score.length; k++) score[k] += w[k];
        }
        int best = 0;
        double sum = 0;
        for (int k = 0; k < score.length; k++) {
            score[k] = 1 / (1 + Math.exp(-score[k]));
            sum += score[k];
            if (score[k] > score[best]) best = k;
        }
        return new Prediction(labels.get(best), score[best] / sum);
    }

    /** Reads a model in the format {@link #write} writes. */
    public static EventTypeModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder provenance = new StringBuilder();
        List<PloverType> labels = null;
        Map<String, double[]> weights = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                provenance.append(provenance.length() == 0 ? "" : "\n").append(line.substring(1).strip());
                continue;
            }
            String[] f = line.split("\t", -1);
            if (labels == null) {
                if (!f[0].equals("labels")) throw new IOException("Line " + lineNo + ": expected the labels line, got " + f[0]);
                labels = new ArrayList<>();
                for (int k = 1; k < f.length; k++) labels.add(PloverType.valueOf(f[k]));
                continue;
            }
            if (f.length != labels.size() + 1)
                throw new IOException("Line " + lineNo + ": " + (f.length - 1) + " weights for " + labels.size() + " labels");
            double[] w = new double[labels.size()];
            for (int k = 0; k < w.length; k++) w[k] = Double.parseDouble(f[k + 1]);
            weights.put(f[0], w);
        }
        if (labels == null) throw new IOException("No labels line in the event-type model");
        return new EventTypeModel(labels, weights, provenance.toString());
    }

    /**
     * Writes the model as text, features sorted, weights to four significant digits; a feature whose weights all
     * round to zero is left out (it would not change a score).
     */
    public void write(Writer out) throws IOException {
        for (String line : provenance.split("\n")) out.write("# " + line + "\n");
        out.write("labels");
        for (PloverType t : labels) out.write("\t" + t.name());
        out.write("\n");
        for (String f : weights.keySet().stream().sorted().toList()) {
            double[] w = weights.get(f);
            boolean any = false;
            for (double x : w) any |= Math.abs(x) >= 5e-5;
            if (!any) continue;
            StringBuilder b = new StringBuilder(f);
            for (double x : w) b.append('\t').append(Math.abs(x) < 5e-5 ? "0" : String.format(Locale.ROOT, "%.4g", x));
            out.write(b.append('\n').toString());
        }
        out.flush();
    }
}
