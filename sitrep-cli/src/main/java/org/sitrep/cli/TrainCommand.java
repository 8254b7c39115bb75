package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.attribute.AttributionTagger;
import org.sitrep.attribute.train.AttributionTrainer;
import org.sitrep.attribute.train.CueHeadTrainer;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.attribute.brat.BratWriter;
import org.sitrep.attribute.corpus.AttributionScorer;
import org.sitrep.attribute.corpus.BratCorpus;
import org.sitrep.attribute.corpus.ParsedBratCorpus;
import org.sitrep.encode.EncodeStage;
import org.sitrep.eval.EventEvaluation;
import org.sitrep.events.EventTypeModel;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.model.Doc;
import org.sitrep.nlp.CoreNlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Groups the commands that rebuild sitrep's learned models from training data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuild a learned model from training data.",
        subcommands = {TrainCommand.Attribution.class, TrainCommand.Events.class})
final class TrainCommand {
    /** The CoreNLP annotators the attribution models are trained and run with. */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,depparse";

    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = "Train the attribution tagger (cue, source, content) on a PolNeAR-style folder (train split only).")
    static final class Attribution implements Callable<Integer> {
        @Option(names = "--train", required = true, paramLabel = "DIR", description = "Folder with text/ and attributions/.")
        Path train;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (gzip).")
        Path out;

        @Option(names = "--cache", paramLabel = "DIR", description = "Keep parsed articles here and reuse them (default: ${DEFAULT-VALUE}).",
                defaultValue = ".sitrep/cache/polnear")
        Path cache;

        @Option(names = "--cue-epochs", defaultValue = "8", description = "Perceptron passes, cue model.") int cueEpochs;
        @Option(names = "--role-epochs", defaultValue = "8", description = "Perceptron passes, source/content model.") int roleEpochs;
        @Option(names = "--bits", defaultValue = "22", description = "Feature hash width.") int bits;
        @Option(names = "--before", defaultValue = "2", description = "Sentences before a cue's sentence searched for its source/content.") int before;
        @Option(names = "--after", defaultValue = "2", description = "Sentences after it.") int after;
        @Option(names = "--cue-bias", defaultValue = "15", description = "Added to cue scores at decoding; favours recall (tuned on held-out train articles).") float cueBias;
        @Option(names = "--source-bias", defaultValue = "0", description = "Likewise for source tokens.") float sourceBias;
        @Option(names = "--coarse-classes", defaultValue = "64", description = "Word classes (k-means of CoreNLP's parser embeddings), coarse; 0 for none.") int coarse;
        @Option(names = "--cue-inside", defaultValue = "false", description = "Separate label for cue tokens after the first.") boolean cueInside;
        @Option(names = "--fine-classes", defaultValue = "512", description = "Fine word classes.") int fine;
        @Option(names = "--content-bias", defaultValue = "0", description = "Likewise for content tokens.") float contentBias;
        @Option(names = "--encoder", defaultValue = "minilm", paramLabel = "MODEL", description = "The encoder whose vectors --encoder-context and --cue-head use: minilm or bert-base (needs a build with -Pbert).") String encoderModel;
        @Option(names = "--encoder-context", defaultValue = "-1", description = "Encoder token vectors as cue-model inputs: the token's and this many neighbours' a side; -1 for none.") int encoderContext;
        @Option(names = "--encoder-scale", defaultValue = "1", description = "Multiplies the encoder vectors (their weight against the hashed features).") float encoderScale;
        @Option(names = "--encoder-roles", defaultValue = "false", description = "The source/content model reads the encoder vectors too.") boolean encoderRoles;
        @Option(names = "--base", paramLabel = "FILE", description = "Keep this model's word classes and source/content model; train the cue model only.") Path base;
        @Option(names = "--threads", defaultValue = "2", description = "Threads that run the encoder over the articles before training.") int threads;
        @Option(names = "--cue-head", defaultValue = "0", paramLabel = "UNITS", description = "Train a cue head (one hidden layer of this many units) on the encoder vectors; the cue model reads its logit (times --encoder-scale, for the token and --encoder-context neighbours a side). 0 for none.") int cueHead;
        @Option(names = "--head-context", defaultValue = "1", description = "Neighbours a side whose vectors the cue head reads.") int headContext;
        @Option(names = "--head-epochs", defaultValue = "3", description = "Passes over the data, cue head.") int headEpochs;
        @Option(names = "--head-negatives", defaultValue = "0.25", description = "Share of non-cue tokens the cue head sees per pass.") float headNegatives;
        @Option(names = "--head-folds", defaultValue = "2", description = "The cue model learns from logits of heads trained without the article (this many folds; 1: the head's own).") int headFolds;
        @Option(names = "--held-out-biases", split = ",", paramLabel = "B,…", description = "Score the held-out articles at each of these cue biases (default: --cue-bias only); the model keeps --cue-bias.") List<Float> heldOutBiases = List.of();
        @Option(names = "--held-out-every", defaultValue = "0", paramLabel = "N", description = "Train without every N-th article and print the scores on those (0: train on all).") int heldOutEvery;

        @Override
        public Integer call() throws IOException {
            BratCorpus corpus;
            try {
                corpus = BratCorpus.open(train);
            } catch (IllegalArgumentException e) {
                System.err.println("sitrep train attribution: " + e.getMessage());
                return Main.USAGE;
            }
            long t0 = System.nanoTime();
            ParsedBratCorpus docs = new ParsedBratCorpus(new CoreNlpStage(ANNOTATORS), cache);
            List<Doc> parsed = new ArrayList<>(), heldOut = new ArrayList<>();
            List<BratAnnotations> gold = new ArrayList<>(), heldOutGold = new ArrayList<>();
            EncodeStage encoder = encoderContext >= 0 ? EncodeStage.of(encoderModel) : null;
            if (encoder != null) { // fill the vector cache in parallel first; the loop below reads it
                java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
                java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
                try {
                    pool.submit(() -> corpus.stems().parallelStream().forEach(stem -> {
                        docs.encoded(stem, corpus.text(stem), encoder);
                        if (done.incrementAndGet() % 50 == 0) System.err.printf("encoded %d of %d%n", done.get(), corpus.stems().size());
                    })).get();
                } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("Encoding the training articles failed", e);
                } finally {
                    pool.shutdown();
                }
            }
            int k = 0;
            for (String stem : corpus.stems()) {
                Doc doc = encoder == null ? docs.parse(stem, corpus.text(stem)) : docs.encoded(stem, corpus.text(stem), encoder);
                boolean held = heldOutEvery > 0 && k++ % heldOutEvery == 0;
                (held ? heldOut : parsed).add(doc);
                (held ? heldOutGold : gold).add(corpus.gold(stem));
                if (parsed.size() % 100 == 0) System.err.printf("parsed %d of %d%n", parsed.size(), corpus.stems().size());
            }
            long t1 = System.nanoTime();
            AttributionTrainer.Options o = new AttributionTrainer.Options(cueEpochs, roleEpochs, bits, before, after,
                    cueBias, sourceBias, contentBias, coarse, fine, cueInside, AttributionTrainer.Options.defaults().seed(),
                    encoderContext, encoderScale, encoderRoles, cueHead <= 0 ? null : new CueHeadTrainer.Options(headContext,
                    cueHead, headEpochs, headNegatives, CueHeadTrainer.Options.defaults().rate(), CueHeadTrainer.Options.defaults().seed()),
                    headFolds);
            String provenance = String.format("averaged perceptron, %d %s articles (%s%s), %s; CoreNLP 4.5.10 %s%s",
                    parsed.size(), train.getFileName(), train, heldOutEvery > 0 ? ", without every " + heldOutEvery + "th" : "",
                    o, ANNOTATORS, encoder == null ? "" : "; encoder " + org.sitrep.encode.Encoder.MODELS.get(org.sitrep.encode.Encoder.key(encoderModel)));
            AttributionTagger baseTagger = base == null ? null : EvalAttributionCommand.tagger(base);
            if (baseTagger != null) provenance += "; source/content model and word classes from " + base.getFileName() + ": " + baseTagger.provenance();
            AttributionTagger tagger = AttributionTrainer.train(parsed, gold, o, baseTagger, provenance, System.err);
            for (float bias : heldOut.isEmpty() ? List.<Float>of() : heldOutBiases.isEmpty() ? List.of(cueBias) : heldOutBiases) {
                AttributionScorer scorer = new AttributionScorer();
                AttributionTagger t = tagger.withBiases(bias, sourceBias, contentBias);
                for (int i = 0; i < heldOut.size(); i++) {
                    String text = heldOut.get(i).text();
                    scorer.add(text, heldOutGold.get(i), BratAnnotations.parse(BratWriter.write(text, t.tag(heldOut.get(i)))));
                }
                System.out.printf("Held out: %d train articles (every %dth), cue bias %s%n%n", scorer.articles(), heldOutEvery, bias);
                System.out.print(scorer.table());
            }
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                tagger.write(os);
            }
            System.err.printf("parsing/loading %.0f s, training %.0f s; wrote %s (%d bytes)%n", (t1 - t0) / 1e9,
                    (System.nanoTime() - t1) / 1e9, out, Files.size(out));
            return Main.OK;
        }
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Train the event-type model (liblinear logistic regression) on PLOVER gold records and write it "
                    + "with its provenance; the default --out is the model sitrep-core bundles.")
    static final class Events implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "records in the format of plover_gsr_dev.jsonl")
        Path file;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).",
                defaultValue = "sitrep-core/src/main/resources/org/sitrep/events/" + EventTypeModel.RESOURCE)
        Path out;

        @Option(names = "-c", paramLabel = "COST", defaultValue = "1.0", description = "liblinear's regularization cost (default: ${DEFAULT-VALUE}).")
        double cost;

        @Option(names = "--licence", paramLabel = "TEXT", defaultValue = "CC BY-SA 4.0 (Open Event Data Alliance), as the records it is trained on",
                description = "The training data's licence, written into the provenance (default: ${DEFAULT-VALUE}).")
        String licence;

        @Option(names = "--cache", paramLabel = "DIR", description = "Keep parses here and reuse them.")
        Path cache;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                System.err.println("sitrep train events: no such file: " + file);
                return Main.USAGE;
            }
            EventEvaluation eval = new EventEvaluation(ActorRegistry.standard(), new CoreNlpStage(), cache);
            String sha;
            try {
                sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file))).substring(0, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            String provenance = String.join("\n",
                    "trained on " + file.getFileName() + " (sha256 " + sha + "…)",
                    "data licence: " + licence + "; the weights are derived from it and carry the same licence",
                    "trainer: liblinear 2.44 L2R_LR (one type against the rest), C=" + cost
                            + ", features org.sitrep.events.EventTypeFeatures over the CoreNLP " + CoreNlpStage.class.getSimpleName() + " parse",
                    "rebuild: ./sitrep train events ../shared/eval/plover-gsr/plover_gsr_dev.jsonl");
            EventTypeModel model = eval.train(file, cost, provenance);
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            try (java.io.Writer w = Files.newBufferedWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
                model.write(w);
            }
            System.err.printf("wrote %s (%d bytes, %d types)%n", out, Files.size(out), model.labels().size());
            return Main.OK;
        }
    }
}
