package org.sitrep.attribute;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.attribute.internal.CueFeatures;
import org.sitrep.attribute.internal.CueHead;
import org.sitrep.attribute.internal.DocView;
import org.sitrep.attribute.internal.RoleFeatures;
import org.sitrep.attribute.internal.SequenceModel;
import org.sitrep.attribute.internal.TokenVectors;
import org.sitrep.encode.EncodeStage;
import org.sitrep.model.Embeddings;
import org.sitrep.attribute.internal.WordClusters;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Finds attributions in a parsed document with two learned sequence models (trained on PolNeAR by
 * {@code org.sitrep.attribute.train.AttributionTrainer} in sitrep-eval): the first tags cue tokens sentence by sentence; the second, once per cue, tags the
 * tokens of the cue's sentence and its neighbours as source, content or neither, with features relative to that
 * cue. Each token ends up in at most one attribution (the nearest cue's), as in PolNeAR.
 *
 * <p>Needs {@link Layer#TOKENS}, {@link Layer#SENTENCES} and {@link Layer#DEPENDENCIES} (from
 * {@code CoreNlpStage} with at least tokenize,ssplit,pos,lemma,depparse). Immutable and thread-safe. The bundled
 * model is loaded once per JVM, on first use of {@link #bundled()}.
 */
public final class AttributionTagger {
    static final String MAGIC = "sitrep-attribution/3";
    /** Models written before encoder inputs existed (1) and before cue heads (2); still read. */
    static final String MAGIC_1 = "sitrep-attribution/1", MAGIC_2 = "sitrep-attribution/2";
    /** Weights smaller than this are not written: they change no decision measurably and would triple the file. */
    static final float PRUNE = 0.05f;
    public static final String RESOURCE = "/org/sitrep/attribute/attribution-model.bin.gz";

    private final SequenceModel cues;
    private final SequenceModel roles;
    private final int before, after;
    private final float cueBias, sourceBias, contentBias;
    private final String provenance;
    private final WordClusters clusters;
    private final Encoding encoding;
    private final CueHead cueHead; // null: the cue model reads the vectors themselves (or none)

    /**
     * How the models read encoder vectors: which encoder ({@link org.sitrep.model.Embeddings#model()}), how many
     * neighbours a side, and the scale applied. {@link #NONE} for models of hashed features only.
     */
    public record Encoding(String model, int context, float scale) {
        public static final Encoding NONE = new Encoding("", 0, 0f);

        public boolean used() {
            return !model.isEmpty();
        }
    }

    /**
     * A tagger from trained models (the trainer, in sitrep-eval, builds one; the runtime reads the bundled file).
     * {@code before}/{@code after}: sentences around a cue's sentence the role model looks at; biases are added to
     * the cue, source and content scores at decoding.
     */
    public AttributionTagger(SequenceModel cues, SequenceModel roles, WordClusters clusters, int before, int after, float cueBias, float sourceBias,
                      float contentBias, String provenance) {
        this(cues, roles, clusters, before, after, cueBias, sourceBias, contentBias, provenance, Encoding.NONE);
    }

    public AttributionTagger(SequenceModel cues, SequenceModel roles, WordClusters clusters, int before, int after, float cueBias, float sourceBias,
                      float contentBias, String provenance, Encoding encoding) {
        this(cues, roles, clusters, before, after, cueBias, sourceBias, contentBias, provenance, encoding, null);
    }

    private AttributionTagger(SequenceModel cues, SequenceModel roles, WordClusters clusters, int before, int after,
                              float cueBias, float sourceBias, float contentBias, String provenance, Encoding encoding,
                              CueHead cueHead) {
        if (cueHead != null && (!encoding.used() || cues.dense() != 1 || roles.dense() != 0))
            throw new IllegalArgumentException("A cue head needs an encoder, a cue model reading one logit per token and "
                    + "a source/content model reading no vectors");
        this.cueHead = cueHead;
        this.encoding = encoding;
        this.cues = cues;
        this.roles = roles;
        this.clusters = clusters;
        this.before = before;
        this.after = after;
        this.cueBias = cueBias;
        this.sourceBias = sourceBias;
        this.contentBias = contentBias;
        this.provenance = provenance;
    }

    /**
     * The same models with other decision biases: added to the cue, source and content scores before decoding
     * (positive favours recall). Chosen on held-out training data, never on the evaluation set.
     */
    public AttributionTagger withBiases(float cueBias, float sourceBias, float contentBias) {
        return new AttributionTagger(cues, roles, clusters, before, after, cueBias, sourceBias, contentBias,
                provenance, encoding, cueHead);
    }

    /** The same models with another cue bias (source and content biases kept). */
    public AttributionTagger withCueBias(float cueBias) {
        return withBiases(cueBias, sourceBias, contentBias);
    }

    /**
     * This tagger with another cue model (and how it reads encoder vectors): the source/content model, word
     * classes, windows and biases stay. For retraining the cue model alone.
     */
    public AttributionTagger withCueModel(SequenceModel cues, Encoding encoding, String provenance) {
        return withCueModel(cues, null, encoding, provenance);
    }

    /** Likewise, the cue model reading the logits of {@code head} (null: the vectors themselves, or none). */
    public AttributionTagger withCueModel(SequenceModel cues, CueHead head, Encoding encoding, String provenance) {
        if (roles.dense() > 0 && !encoding.equals(this.encoding))
            throw new IllegalArgumentException("The source/content model reads vectors as " + this.encoding + "; got " + encoding);
        return new AttributionTagger(cues, roles, clusters, before, after, cueBias, sourceBias, contentBias,
                provenance, encoding, head);
    }

    /** The word classes the models' features use. */
    public WordClusters clusters() {
        return clusters;
    }

    /** How the models read encoder vectors; {@link Encoding#NONE} when they do not. */
    public Encoding encoding() {
        return encoding;
    }

    /**
     * The document's encoder vectors: its {@link Layer#EMBEDDINGS} layer, else computed here with the encoder the
     * models were trained on; null when the models read none.
     */
    private Embeddings vectors(Doc doc) {
        if (!encoding.used()) return null;
        Doc encoded = doc.has(Layer.EMBEDDINGS) ? doc : EncodeStage.of(encoding.model()).apply(doc);
        Embeddings e = encoded.get(Layer.EMBEDDINGS).get(0);
        if (!e.model().equals(encoding.model()))
            throw new IllegalStateException("The attribution model was trained on vectors of '" + encoding.model()
                    + "'; the document has vectors of '" + e.model() + "'");
        return e;
    }

    private static final class Bundled {
        static final AttributionTagger INSTANCE = load();

        private static AttributionTagger load() {
            try (InputStream in = AttributionTagger.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("The attribution model " + RESOURCE + " is missing");
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the attribution model " + RESOURCE, e);
            }
        }
    }

    /** The model shipped with sitrep, loaded on first call. */
    public static AttributionTagger bundled() {
        return Bundled.INSTANCE;
    }

    /** One line on how the model was trained (data, features, settings). */
    public String provenance() {
        return provenance;
    }

    /** The attributions in a parsed document, in cue order; empty when the document has no tokens. */
    public List<Attribution> tag(Doc doc) {
        DocView v = new DocView(doc, clusters);
        Embeddings embeddings = vectors(doc);
        // a cue head reads the raw vectors and its logits are scaled; otherwise the vectors are
        float[][] vectors = embeddings == null ? null : TokenVectors.of(embeddings, cueHead != null ? 1f : encoding.scale());
        // cue labels: "CUE" begins a cue, "CUE-I" (when the model has it) continues one
        int cue = cues.labels().indexOf("CUE"), inside = cues.labels().indexOf("CUE-I");
        List<int[]> cueSegments = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        boolean[] isCue = new boolean[v.n];
        for (Sentence s : v.sentences) {
            int len = s.endToken() - s.firstToken();
            if (len <= 0) continue;
            int[][] feats = new int[len][];
            for (int i = 0; i < len; i++) feats[i] = hash(CueFeatures.of(v, s.firstToken() + i), cues);
            float[][] em = cues.emissions(feats, cues.dense() == 0 ? null : cueInputs(vectors, s));
            for (float[] e : em) {
                e[cue] += cueBias;
                if (inside >= 0) e[inside] += cueBias;
            }
            int[] labels = cues.viterbi(em);
            for (int i = 0; i < len; i++) {
                if (labels[i] != cue && labels[i] != inside) continue;
                int j = i + 1;
                isCue[s.firstToken() + i] = true;
                while (j < len && inside >= 0 && labels[j] == inside) isCue[s.firstToken() + j++] = true;
                while (j < len && inside < 0 && labels[j] == cue) isCue[s.firstToken() + j++] = true;
                cueSegments.add(new int[] {s.firstToken() + i, s.firstToken() + j});
                confidences.add(confidence(em, labels, cue, inside, i, j));
                i = j - 1;
            }
        }
        // role of each token per cue, then each token goes to its nearest claiming cue
        int[] owner = new int[v.n], ownerDist = new int[v.n];
        byte[] role = new byte[v.n];
        java.util.Arrays.fill(owner, -1);
        for (int c = 0; c < cueSegments.size(); c++) {
            int cs = cueSegments.get(c)[0], ce = cueSegments.get(c)[1];
            boolean[] others = isCue.clone();
            for (int k = cs; k < ce; k++) others[k] = false;
            int[] window = window(v, cs, before, after);
            RoleFeatures rf = new RoleFeatures(v, cs, ce, others);
            int[][] feats = new int[window[1] - window[0]][];
            for (int i = window[0]; i < window[1]; i++) feats[i - window[0]] = hash(withCueFlag(rf.of(i), i, cs, ce), roles);
            float[][] em = roles.emissions(feats, roles.dense() == 0 ? null
                    : TokenVectors.slice(vectors, window[0], window[1]));
            for (float[] e : em) {
                e[1] += sourceBias;
                e[2] += contentBias;
            }
            int[] labels = roles.viterbi(em);
            for (int i = window[0]; i < window[1]; i++) {
                int y = labels[i - window[0]];
                if (y == 0 || isCue[i]) continue;
                int dist = i < cs ? cs - i : i - ce + 1;
                if (owner[i] < 0 || dist < ownerDist[i]) {
                    owner[i] = c;
                    ownerDist[i] = dist;
                    role[i] = (byte) y;
                }
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (int c = 0; c < cueSegments.size(); c++) {
            int cs = cueSegments.get(c)[0], ce = cueSegments.get(c)[1];
            out.add(new Attribution(new Span(v.start[cs], v.end[ce - 1]), fragments(v, owner, role, c, 1),
                    fragments(v, owner, role, c, 2), confidences.get(c)));
        }
        return out;
    }

    /** The cue model's dense input for a sentence: its tokens' vectors, or the cue head's logits from them. */
    private float[][] cueInputs(float[][] vectors, Sentence s) {
        float[][] slice = TokenVectors.slice(vectors, s.firstToken(), s.endToken());
        if (cueHead == null) return slice;
        float[][] logits = cueHead.logits(slice);
        for (float[] l : logits) l[0] *= encoding.scale();
        return logits;
    }

    /**
     * How much better the best labelling is than the best one without this cue, per token, squashed to (0, 1):
     * 0.5 means a toss-up. Monotone in the model's margin; not calibrated as a probability.
     */
    /** Margins are in perceptron weight units (a typical cue token scores in the tens); this spreads them out. */
    private static final double MARGIN_SCALE = 10;

    private double confidence(float[][] em, int[] labels, int cue, int inside, int from, int to) {
        float[][] without = new float[em.length][];
        for (int k = 0; k < em.length; k++) without[k] = em[k].clone();
        for (int k = from; k < to; k++) {
            without[k][cue] = -1e9f;
            if (inside >= 0) without[k][inside] = -1e9f;
        }
        float best = cues.score(em, labels) - cueBias * (to - from);
        int[] alt = cues.viterbi(without);
        float other = cues.score(em, alt);
        for (int k = 0; k < alt.length; k++) if (alt[k] == cue || alt[k] == inside) other -= cueBias;
        for (int k = 0; k < labels.length; k++)
            if ((labels[k] == cue || labels[k] == inside) && (k < from || k >= to)) best -= cueBias;
        return 1 / (1 + Math.exp(-(best - other) / (to - from) / MARGIN_SCALE));
    }

    /**
     * Contiguous runs of tokens that cue {@code c} owns in role {@code r}, as character spans. A run loses an
     * opening quotation mark at its end (it opens the next quotation) and is dropped when only punctuation is left.
     */
    private static List<Span> fragments(DocView v, int[] owner, byte[] role, int c, int r) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < v.n; i++) {
            if (owner[i] != c || role[i] != r) continue;
            int j = i;
            while (j + 1 < v.n && owner[j + 1] == c && role[j + 1] == r) j++;
            int a = i, b = j;
            i = j;
            while (a <= b && isOpeningQuote(v.word[b])) b--;
            boolean words = false;
            for (int k = a; k <= b; k++) words |= !v.isSymbol(k);
            if (words) out.add(new Span(v.start[a], v.end[b]));
        }
        return out;
    }

    private static boolean isOpeningQuote(String w) {
        return w.equals("“") || w.equals("``") || w.equals("‘");
    }

    /** The token range of the sentences around a cue: {@code before} sentences before it, {@code after} after. */
    public static int[] window(DocView v, int cueStart, int before, int after) {
        int s = v.sentence[cueStart];
        int first = Math.max(0, s - before), last = Math.min(v.sentences.size() - 1, s + after);
        return new int[] {v.sentences.get(first).firstToken(), v.sentences.get(last).endToken()};
    }

    /** Role features plus a flag on the cue's own tokens (always labelled none). */
    public static List<String> withCueFlag(List<String> features, int i, int cs, int ce) {
        if (i >= cs && i < ce) {
            List<String> f = new ArrayList<>(features);
            f.add("iscue");
            return f;
        }
        return features;
    }

    static int[] hash(List<String> features, SequenceModel model) {
        int[] out = new int[features.size()];
        for (int i = 0; i < out.length; i++) out[i] = SequenceModel.bucket(features.get(i), model.bits());
        return out;
    }

    /** Writes the model (gzip). Lossy: weights are stored in 16 bits, so confidences may shift in the third decimal. */
    public void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)));
        out.writeUTF(MAGIC);
        out.writeUTF(provenance);
        out.writeInt(before);
        out.writeInt(after);
        out.writeFloat(cueBias);
        out.writeFloat(sourceBias);
        out.writeFloat(contentBias);
        out.writeUTF(encoding.model());
        out.writeInt(encoding.context());
        out.writeFloat(encoding.scale());
        cues.write(out, PRUNE);
        cues.writeDense(out);
        out.writeBoolean(cueHead != null);
        if (cueHead != null) cueHead.write(out);
        roles.write(out, PRUNE);
        roles.writeDense(out);
        clusters.write(out);
        out.flush();
        out.close();
    }

    public static AttributionTagger read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic) && !MAGIC_2.equals(magic) && !MAGIC_1.equals(magic))
            throw new IOException("Not a sitrep attribution model: expected '" + MAGIC + "', got '" + magic + "'");
        boolean dense = !MAGIC_1.equals(magic);
        String provenance = in.readUTF();
        int before = in.readInt(), after = in.readInt();
        float cueBias = in.readFloat(), sourceBias = in.readFloat(), contentBias = in.readFloat();
        Encoding encoding = dense ? new Encoding(in.readUTF(), in.readInt(), in.readFloat()) : Encoding.NONE;
        SequenceModel cues = SequenceModel.read(in);
        if (dense) cues = cues.readDense(in);
        CueHead head = MAGIC.equals(magic) && in.readBoolean() ? CueHead.read(in) : null;
        SequenceModel roles = SequenceModel.read(in);
        if (dense) roles = roles.readDense(in);
        return new AttributionTagger(cues, roles, WordClusters.read(in), before, after, cueBias, sourceBias,
                contentBias, provenance, encoding, head);
    }
}
