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
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.attribute.corpus.BratCorpus;
import org.sitrep.attribute.corpus.ParsedBratCorpus;
import org.sitrep.model.Doc;
import org.sitrep.nlp.CoreNlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Groups the commands that rebuild sitrep's learned models from training data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Rebuild a learned model from training data.",
        subcommands = {TrainCommand.Attribution.class})
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
            List<Doc> parsed = new ArrayList<>();
            List<BratAnnotations> gold = new ArrayList<>();
            for (String stem : corpus.stems()) {
                parsed.add(docs.parse(stem, corpus.text(stem)));
                gold.add(corpus.gold(stem));
                if (parsed.size() % 100 == 0) System.err.printf("parsed %d of %d%n", parsed.size(), corpus.stems().size());
            }
            long t1 = System.nanoTime();
            AttributionTrainer.Options o = new AttributionTrainer.Options(cueEpochs, roleEpochs, bits, before, after,
                    cueBias, sourceBias, contentBias, coarse, fine, cueInside, AttributionTrainer.Options.defaults().seed());
            String provenance = String.format("averaged perceptron, %d %s articles (%s), %s; CoreNLP 4.5.10 %s",
                    corpus.stems().size(), train.getFileName(), train, o, ANNOTATORS);
            AttributionTagger tagger = AttributionTrainer.train(parsed, gold, o, provenance, System.err);
            if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                tagger.write(os);
            }
            System.err.printf("parsing/loading %.0f s, training %.0f s; wrote %s (%d bytes)%n", (t1 - t0) / 1e9,
                    (System.nanoTime() - t1) / 1e9, out, Files.size(out));
            return Main.OK;
        }
    }
}
