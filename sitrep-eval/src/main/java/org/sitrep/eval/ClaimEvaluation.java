package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.attribute.ClaimExtractor;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.model.Stage;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.HeidelTimeStage;
import org.sitrep.read.ArticleReader;

/**
 * {@code sitrep eval claims}: runs the standard pipeline over the articles of a {@link ClaimGold} set (read from the
 * corpus file with sitrep's own reader, so offsets point into the same normalized text) and scores the claims with
 * {@link ClaimScorer}. With a cache folder, only the parse (CoreNLP and HeidelTime, the slow stages) is kept
 * (stand-off JSON, gzip), keyed by the article's text and date: every stage after it (time, actor and place
 * resolvers, the claim extractor and what follows) always runs, so a change to any of them shows in a cached re-run
 * and the claims scored are the ones the pipeline stores.
 */
public final class ClaimEvaluation {
    private static final Pattern CORPUS_ID = Pattern.compile("\\(id ([^)]+)\\)$");
    private final Pipeline parse;
    private final List<Stage> after;
    private final Stage claims;
    private final Path cache;
    private final Map<String, String> texts = new LinkedHashMap<>();

    /** The standard pipeline split after its parse; {@code cache} may be null. */
    public ClaimEvaluation(Path cache) {
        Split split = Split.afterParse(Analyzer.standard().pipeline().stages());
        this.parse = Pipeline.of(split.parse());
        this.after = split.after();
        this.claims = after.stream().filter(s -> s instanceof ClaimExtractor).findFirst().orElseThrow(() ->
                new IllegalStateException("the pipeline has no claim extractor: " + after.stream().map(Stage::name).toList()));
        this.cache = cache;
    }

    /**
     * A pipeline's stages cut after its parse: {@code parse} (CoreNLP and the temporal taggers, which depend on the
     * text and date alone) is what the cache keeps, {@code after} is every other stage, in order.
     */
    record Split(List<Stage> parse, List<Stage> after) {
        static Split afterParse(List<Stage> stages) {
            int i = 0;
            while (i < stages.size() && (stages.get(i) instanceof CoreNlpStage || stages.get(i) instanceof HeidelTimeStage)) i++;
            if (i == 0) throw new IllegalStateException("the pipeline does not start with a parse: "
                    + stages.stream().map(Stage::name).toList());
            return new Split(List.copyOf(stages.subList(0, i)), List.copyOf(stages.subList(i, stages.size())));
        }
    }

    /** Scores the gold set against the claims extracted from {@code corpus}'s articles. */
    public ClaimScorer.Result run(ClaimGold gold, Path corpus) {
        Map<String, List<Claim>> predicted = new LinkedHashMap<>();
        analyze(gold.articles(), corpus).forEach((id, doc) -> predicted.put(id, doc.get(Layer.CLAIMS)));
        String header = "claims: " + gold.claims().size() + " gold attributions in " + gold.articles().size()
                + " articles of " + corpus + "; " + claims.name() + " " + claims.version();
        return ClaimScorer.score(gold, predicted, header);
    }

    /**
     * Each annotated article of {@code corpus} through the whole standard pipeline (the parse from the cache when
     * there is one), keyed by corpus id in the order of {@code annotated}. Throws when
     * an article is missing or its text is not the annotated one (length and hash): offsets would point elsewhere.
     */
    public Map<String, Doc> analyze(Map<String, ClaimGold.GoldArticle> annotated, Path corpus) {
        Map<String, Article> articles = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        ArticleReader.defaults().read(List.of(corpus), a -> {
            Matcher m = CORPUS_ID.matcher(a.source() == null ? "" : a.source());
            if (m.find() && annotated.containsKey(m.group(1))) articles.put(m.group(1), a);
        }, f -> failures.add(f.source() + ": " + f.reason()));
        Map<String, Doc> docs = new LinkedHashMap<>();
        for (ClaimGold.GoldArticle g : annotated.values()) {
            Article a = articles.get(g.id());
            if (a == null) throw new IllegalArgumentException("article " + g.id() + " of the gold set is not in " + corpus
                    + (failures.isEmpty() ? "" : " (" + failures.size() + " unreadable lines, first: " + failures.get(0) + ")"));
            String sha = ClaimGold.sha16(a.text());
            if (a.text().length() != g.chars() || !sha.equals(g.sha()))
                throw new IllegalArgumentException("article " + g.id() + ": the text differs from the annotated one ("
                        + a.text().length() + " chars, sha " + sha + "; annotated " + g.chars() + ", " + g.sha()
                        + "); offsets would point elsewhere");
            texts.put(g.id(), a.text());
            Doc doc = parsed(a);
            for (Stage s : after) doc = s.apply(doc);
            docs.put(g.id(), doc);
        }
        return docs;
    }

    /**
     * Every miss, false alarm and matched pair with a wrong field of the last {@link #run}, with the text of its
     * spans: for reading errors on a development split (never store this output: it quotes the articles).
     */
    public String errors(ClaimScorer.Result result) {
        StringBuilder b = new StringBuilder();
        for (ClaimScorer.Pair p : result.pairs()) {
            String t = texts.get(p.article());
            if (t == null) continue;
            if (p.predicted() == null) {
                b.append("MISS   ").append(p.article()).append(' ').append(gold(t, p.gold())).append('\n');
            } else if (p.gold() == null) {
                b.append(Boolean.TRUE.equals(p.fields().get("duplicate")) ? "DUP    " : "FALSE  ")
                        .append(p.article()).append(' ').append(predicted(t, p.predicted())).append('\n');
            } else if (!p.fields().getOrDefault("all", true)) {
                List<String> wrong = p.fields().entrySet().stream().filter(e -> !e.getValue() && !e.getKey().equals("all"))
                        .map(Map.Entry::getKey).toList();
                b.append("WRONG  ").append(p.article()).append(' ').append(wrong).append('\n')
                        .append("   gold ").append(gold(t, p.gold())).append('\n')
                        .append("   pred ").append(predicted(t, p.predicted())).append('\n');
            }
        }
        return b.toString();
    }

    private static String gold(String t, ClaimGold.GoldClaim g) {
        return "[" + cut(t, g.source()) + "] {" + cut(t, g.cue()) + "/" + g.cueClass() + "} " + g.actor() + " "
                + g.polarity() + " " + g.date() + " <" + cut(t, g.content()) + ">";
    }

    private static String predicted(String t, Claim c) {
        String src = c.source() == null ? "null" : (c.source().mention() == null ? "(outlet)" : cut(t, c.source().mention()));
        return "[" + src + "] {" + cut(t, c.cue()) + "/" + c.cueClass() + "} " + (c.source() == null ? null : c.source().code())
                + " " + c.polarity() + " " + c.statementDate() + " " + c.dateBasis()
                + (c.evidence().stage().equals("claims") ? "" : " " + c.evidence().stage()) + " <" + cut(t, c.content()) + ">";
    }

    private static String cut(String t, org.sitrep.model.Span s) {
        if (s == null) return "null";
        String x = t.substring(Math.min(s.start(), t.length()), Math.min(s.end(), t.length())).replace('\n', ' ');
        return x.length() > 160 ? x.substring(0, 100) + " … " + x.substring(x.length() - 50) : x;
    }

    /** The article's parse, from the cache when there is one (keyed by the parse's stage versions, text and date). */
    private Doc parsed(Article article) {
        if (cache == null) return parse.apply(Doc.of(article));
        StringBuilder key = new StringBuilder();
        for (Stage s : parse.stages()) key.append(s.name()).append('-').append(s.version()).append('_');
        Path file = cache.resolve(key.toString().replaceAll("[^A-Za-z0-9._-]", "_"))
                .resolve(ClaimGold.sha16(article.published() + "\n" + article.text()) + ".json.gz");
        try {
            if (Files.exists(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    Doc doc = StandoffJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (doc.text().equals(article.text()) && doc.article().published().equals(article.published()))
                        return doc;
                }
            }
            Doc doc = parse.apply(Doc.of(article));
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "doc", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                out.write(StandoffJson.write(doc).getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not use the document cache " + file, e);
        }
    }
}
