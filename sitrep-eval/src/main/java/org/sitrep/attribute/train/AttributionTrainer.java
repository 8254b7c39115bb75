package org.sitrep.attribute.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.attribute.AttributionTagger;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.attribute.internal.CueFeatures;
import org.sitrep.attribute.internal.CueHead;
import org.sitrep.attribute.internal.DocView;
import org.sitrep.attribute.internal.RoleFeatures;
import org.sitrep.attribute.internal.SequenceModel;
import org.sitrep.attribute.train.SequenceTrainer.Sequence;
import org.sitrep.attribute.internal.TokenVectors;
import org.sitrep.attribute.internal.WordClusters;
import org.sitrep.encode.EncodeStage;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Layer;
import org.sitrep.model.Doc;
import org.sitrep.nlp.ParserEmbeddings;
import org.sitrep.model.Sentence;

/**
 * Trains an {@link AttributionTagger} from parsed documents and their gold brat annotations (PolNeAR train).
 * The cue model learns from every sentence (a joint source/cue/content tagging was tried and did no better on
 * held-out training articles); the role model from every gold relation, with the gold cues standing
 * in for predicted ones. Deterministic for given data and options.
 */
public final class AttributionTrainer {
    /**
     * @param cueEpochs  perceptron passes for the cue model
     * @param roleEpochs perceptron passes for the source/content model
     * @param bits       feature hash width (2^bits buckets per model)
     * @param before     sentences before the cue's sentence the role model looks at
     * @param after      sentences after it
     * @param cueBias    added to the cue score at decoding (positive favours recall); likewise for source, content
     * @param coarseClasses word classes from the parser's embeddings, coarse and fine; 0 for none
     * @param cueInside  label cue tokens after the first apart (CUE, CUE-I) rather than all alike
     * @param encoderContext encoder vectors as cue-model inputs: the token's and this many neighbours' a side; -1 for
     *                       none (the documents then need no {@link org.sitrep.model.Layer#EMBEDDINGS})
     * @param encoderScale   multiplies the vectors (their weight against the hashed features, which count 1 each)
     * @param encoderRoles   the source/content model reads the vectors too
     * @param head           null, or a {@link org.sitrep.attribute.internal.CueHead} is trained on the vectors and
     *                       the cue model reads its logits (times {@code encoderScale}) instead of the vectors
     * @param headFolds      the training articles' logits come from heads trained without them: this many folds
     */
    public record Options(int cueEpochs, int roleEpochs, int bits, int before, int after, float cueBias,
                          float sourceBias, float contentBias, int coarseClasses, int fineClasses, boolean cueInside,
                          long seed, int encoderContext, float encoderScale, boolean encoderRoles,
                          CueHeadTrainer.Options head, int headFolds) {
        public Options(int cueEpochs, int roleEpochs, int bits, int before, int after, float cueBias,
                       float sourceBias, float contentBias, int coarseClasses, int fineClasses, boolean cueInside,
                       long seed, int encoderContext, float encoderScale, boolean encoderRoles) {
            this(cueEpochs, roleEpochs, bits, before, after, cueBias, sourceBias, contentBias, coarseClasses,
                    fineClasses, cueInside, seed, encoderContext, encoderScale, encoderRoles, null, 0);
        }

        /** Options without encoder inputs. */
        public Options(int cueEpochs, int roleEpochs, int bits, int before, int after, float cueBias,
                       float sourceBias, float contentBias, int coarseClasses, int fineClasses, boolean cueInside,
                       long seed) {
            this(cueEpochs, roleEpochs, bits, before, after, cueBias, sourceBias, contentBias, coarseClasses,
                    fineClasses, cueInside, seed, -1, 0f, false);
        }

        public boolean encoder() {
            return encoderContext >= 0;
        }

        public static Options defaults() {
            return new Options(8, 8, 22, 2, 2, 15f, 0f, 0f, 64, 512, false, 20261127L);
        }
    }

    private AttributionTrainer() {}

    public static AttributionTagger train(List<Doc> docs, List<BratAnnotations> gold, Options o, String provenance,
                                          PrintStream log) {
        return train(docs, gold, o, null, provenance, log);
    }

    /**
     * @param base null, or a tagger whose word classes and source/content model are kept: only the cue model is
     *             trained (the role options then do not apply)
     */
    public static AttributionTagger train(List<Doc> docs, List<BratAnnotations> gold, Options o, AttributionTagger base,
                                          String provenance, PrintStream log) {
        WordClusters clusters = WordClusters.empty();
        if (base != null) clusters = base.clusters();
        else if (o.coarseClasses() > 0) {
            long t = System.nanoTime();
            try {
                ParserEmbeddings e = ParserEmbeddings.english();
                clusters = WordClusters.of(e.words(), e.vectors(), o.coarseClasses(), o.fineClasses(), 8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            log.printf("word classes for %d words (%.0f s)%n", clusters.size(), (System.nanoTime() - t) / 1e9);
        }
        List<Sequence> cueData = new ArrayList<>(), roleData = new ArrayList<>();
        List<CueHeadTrainer.Sentence> headData = new ArrayList<>(); // parallel to cueData when a head is trained
        List<Integer> headDoc = new ArrayList<>();
        long inWindow = 0, roleTokens = 0;
        String encoderModel = "";
        int dense = 0;
        for (int d = 0; d < docs.size(); d++) {
            DocView v = new DocView(docs.get(d), clusters);
            float[][] vectors = null;
            if (o.encoder()) {
                Doc doc = docs.get(d);
                Embeddings e = (doc.has(Layer.EMBEDDINGS) ? doc : new EncodeStage().apply(doc)).get(Layer.EMBEDDINGS).get(0);
                encoderModel = e.model();
                dense = e.dimension();
                vectors = TokenVectors.of(e, o.head() != null ? 1f : o.encoderScale());
            }
            GoldAttributions g = new GoldAttributions(v, gold.get(d));
            for (Sentence s : v.sentences) {
                int len = s.endToken() - s.firstToken();
                if (len <= 0) continue;
                int[][] feats = new int[len][];
                int[] labels = new int[len];
                for (int i = 0; i < len; i++) {
                    feats[i] = hash(CueFeatures.of(v, s.firstToken() + i), o.bits());
                    int t = s.firstToken() + i;
                    labels[i] = !g.cue[t] ? 0 : o.cueInside() && i > 0 && g.cue[t - 1] ? 2 : 1;
                }
                float[][] slice = vectors == null ? null : TokenVectors.slice(vectors, s.firstToken(), s.endToken());
                cueData.add(new Sequence(feats, o.head() != null ? null : slice, labels));
                if (o.head() != null) {
                    boolean[] isCue = new boolean[len];
                    for (int i = 0; i < len; i++) isCue[i] = labels[i] != 0;
                    headData.add(new CueHeadTrainer.Sentence(slice, isCue));
                    headDoc.add(d);
                }
            }
            for (GoldAttributions.Relation r : base != null ? List.<GoldAttributions.Relation>of() : g.relations) {
                boolean[] others = g.cue.clone();
                for (int k = r.cueStart(); k < r.cueEnd(); k++) others[k] = false;
                int[] w = AttributionTagger.window(v, r.cueStart(), o.before(), o.after());
                RoleFeatures rf = new RoleFeatures(v, r.cueStart(), r.cueEnd(), others);
                int[][] feats = new int[w[1] - w[0]][];
                int[] labels = new int[w[1] - w[0]];
                for (int i = w[0]; i < w[1]; i++) {
                    feats[i - w[0]] = hash(AttributionTagger.withCueFlag(rf.of(i), i, r.cueStart(), r.cueEnd()), o.bits());
                    labels[i - w[0]] = r.roles()[i];
                    if (r.roles()[i] != 0) inWindow++;
                }
                for (byte b : r.roles()) if (b != 0) roleTokens++;
                roleData.add(new Sequence(feats, vectors == null || !o.encoderRoles() ? null
                        : TokenVectors.slice(vectors, w[0], w[1]), labels));
            }
        }
        log.printf("cue sequences %d, role sequences %d; source/content tokens inside the windows: %d of %d (%.1f%%)%n",
                cueData.size(), roleData.size(), inWindow, roleTokens, 100.0 * inWindow / Math.max(1, roleTokens));
        long t0 = System.nanoTime();
        CueHead head = null;
        if (o.head() != null) {
            if (!o.encoder() || o.encoderRoles())
                throw new IllegalArgumentException("A cue head needs encoder vectors for the cue model only");
            head = trainHead(headData, o.head(), log);
            cueData = withHeadLogits(cueData, headData, headDoc, head, o, log);
            dense = 1;
        }
        headData = null;
        SequenceModel cues = SequenceTrainer.train(o.cueInside() ? List.of("O", "CUE", "CUE-I") : List.of("O", "CUE"), o.bits(), dense, Math.max(0, o.encoderContext()), cueData, o.cueEpochs(), o.seed(),
                e -> log.printf("cue model epoch %d (%.0f s)%n", e, (System.nanoTime() - t0) / 1e9));
        cueData = null;
        AttributionTagger.Encoding encoding = o.encoder()
                ? new AttributionTagger.Encoding(encoderModel, o.encoderContext(), o.encoderScale()) : AttributionTagger.Encoding.NONE;
        if (base != null) return base.withCueModel(cues, head, encoding, provenance);
        long t1 = System.nanoTime();
        SequenceModel roles = SequenceTrainer.train(List.of("O", "SRC", "CNT"), o.bits(), o.encoderRoles() ? dense : 0, Math.max(0, o.encoderContext()), roleData, o.roleEpochs(),
                o.seed(), e -> log.printf("role model epoch %d (%.0f s)%n", e, (System.nanoTime() - t1) / 1e9));
        return new AttributionTagger(cues, roles, clusters, o.before(), o.after(), o.cueBias(), o.sourceBias(), o.contentBias(),
                provenance, encoding).withCueModel(cues, head, encoding, provenance);
    }

    private static CueHead trainHead(List<CueHeadTrainer.Sentence> data, CueHeadTrainer.Options o, PrintStream log) {
        long t = System.nanoTime();
        CueHead head = CueHeadTrainer.train(data, o, e -> log.printf("cue head epoch %d (%.0f s)%n", e, (System.nanoTime() - t) / 1e9));
        log.println("cue head on its training tokens: " + HeadScore.of(data, head));
        return head;
    }

    /**
     * The cue sequences with the head's logits (times the encoder scale) as their vectors. With folds, a training
     * article's logits come from a head trained on the other folds' articles, so that the cue model learns how far
     * to trust the head on text the head has not seen (as at tagging time), not on its own training data.
     */
    private static List<Sequence> withHeadLogits(List<Sequence> cueData, List<CueHeadTrainer.Sentence> headData,
                                                 List<Integer> headDoc, CueHead full, Options o, PrintStream log) {
        CueHead[] heads = new CueHead[Math.max(1, o.headFolds())];
        if (o.headFolds() <= 1) heads[0] = full;
        else
            for (int f = 0; f < heads.length; f++) {
                List<CueHeadTrainer.Sentence> rest = new ArrayList<>(), held = new ArrayList<>();
                for (int i = 0; i < headData.size(); i++) (headDoc.get(i) % heads.length == f ? held : rest).add(headData.get(i));
                heads[f] = trainHead(rest, o.head(), log);
                log.printf("cue head fold %d of %d on its held-out tokens: %s%n", f + 1, heads.length, HeadScore.of(held, heads[f]));
            }
        List<Sequence> out = new ArrayList<>(cueData.size());
        for (int i = 0; i < cueData.size(); i++) {
            float[][] logits = heads[headDoc.get(i) % heads.length].logits(headData.get(i).vectors());
            for (float[] l : logits) l[0] *= o.encoderScale();
            out.add(new Sequence(cueData.get(i).features(), logits, cueData.get(i).gold()));
        }
        return out;
    }

    /** Token precision, recall and F1 of a head's own decisions (logit > 0), for the training log. */
    record HeadScore(long tp, long fp, long fn) {
        static HeadScore of(List<CueHeadTrainer.Sentence> data, CueHead head) {
            long tp = 0, fp = 0, fn = 0;
            for (CueHeadTrainer.Sentence s : data) {
                float[][] l = head.logits(s.vectors());
                for (int i = 0; i < l.length; i++) {
                    boolean p = l[i][0] > 0;
                    if (p && s.cue()[i]) tp++;
                    else if (p) fp++;
                    else if (s.cue()[i]) fn++;
                }
            }
            return new HeadScore(tp, fp, fn);
        }

        double f1() {
            return 2.0 * tp / Math.max(1.0, 2.0 * tp + fp + fn);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f", tp / Math.max(1.0, tp + fp), tp / Math.max(1.0, tp + fn), f1());
        }
    }

    private static int[] hash(List<String> features, int bits) {
        int[] out = new int[features.size()];
        for (int i = 0; i < out.length; i++) out[i] = SequenceModel.bucket(features.get(i), bits);
        return out;
    }
}
