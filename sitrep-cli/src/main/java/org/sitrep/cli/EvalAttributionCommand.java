package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.attribute.AttributionTagger;
import org.sitrep.attribute.brat.BratAnnotations;
import org.sitrep.attribute.brat.BratWriter;
import org.sitrep.attribute.corpus.BratCorpus;
import org.sitrep.attribute.corpus.ParsedBratCorpus;
import org.sitrep.attribute.corpus.AttributionScorer;
import org.sitrep.json.Json;
import org.sitrep.encode.EncodeStage;
import org.sitrep.model.Doc;
import org.sitrep.nlp.CoreNlpStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep eval attribution DIR}: tags every article of a PolNeAR-style folder and scores the attributions as
 * the shared reference scorer does (same metrics, same figures).
 */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Score attribution extraction (cue, source, content spans and relations) on a folder laid out "
                + "like PolNeAR (text/<stem>.txt, attributions/<stem>_<annotator>.ann); where an article has several "
                + "annotators, the alphabetically first is the gold standard. Metrics as in polnear-score/score.py."})
final class EvalAttributionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with text/ and attributions/.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of the tables.")
    boolean json;

    @Option(names = "--write-ann", paramLabel = "OUTDIR", description = "Also write the predictions as OUTDIR/<stem>.ann (brat).")
    Path writeAnn;

    @Option(names = "--model", paramLabel = "FILE", description = "A model from 'sitrep train attribution' (default: the bundled one).")
    Path model;

    @Option(names = "--cache", paramLabel = "DIR", description = "Keep parsed articles here and reuse them on later runs.")
    Path cache;

    @Option(names = "--cue-bias", paramLabel = "B", description = "Decode with this cue bias instead of the model's (for choosing it on held-out training articles).")
    Float cueBias;

    @Override
    public Integer call() throws IOException {
        BratCorpus corpus;
        try {
            corpus = BratCorpus.open(dir);
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep eval attribution: " + e.getMessage());
            return Main.USAGE;
        }
        AttributionTagger tagger = cueBias == null ? tagger(model) : tagger(model).withCueBias(cueBias);
        if (writeAnn != null) Files.createDirectories(writeAnn);
        ParsedBratCorpus docs = new ParsedBratCorpus(new CoreNlpStage(TrainCommand.ANNOTATORS), cache);
        AttributionScorer scorer = new AttributionScorer();
        // a tagger on encoder vectors: run the encoder here, so that its vectors are cached with the parses
        EncodeStage encoder = tagger.encoding().used() ? EncodeStage.of(tagger.encoding().model()) : null;
        Instant t0 = Instant.now();
        for (String stem : corpus.stems()) {
            String text = corpus.text(stem);
            Doc doc = encoder == null ? docs.parse(stem, text) : docs.encoded(stem, text, encoder);
            String ann = BratWriter.write(text, tagger.tag(doc));
            if (writeAnn != null) Files.writeString(writeAnn.resolve(stem + ".ann"), ann, StandardCharsets.UTF_8);
            // score what was written, so the figures are those of the files
            scorer.add(text, corpus.gold(stem), BratAnnotations.parse(ann));
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("task", "attribution");
            out.put("data", dir.toString());
            out.put("articles", scorer.articles());
            out.put("model", tagger.provenance());
            out.put("seconds", Duration.between(t0, Instant.now()).toMillis() / 1000.0);
            out.put("primary", scorer.summary());
            System.out.println(Json.mapper().writeValueAsString(out));
        } else {
            System.out.printf("Attribution on %s (%d articles; gold = alphabetically first annotator)%n%n", dir,
                    scorer.articles());
            System.out.print(scorer.table());
        }
        return Main.OK;
    }

    static AttributionTagger tagger(Path model) throws IOException {
        if (model == null) return AttributionTagger.bundled();
        try (InputStream in = Files.newInputStream(model)) {
            return AttributionTagger.read(in);
        }
    }
}
