package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Stage;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.TemporalTaggers;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.TimeResolver;

/**
 * TempEval-3 Task A over a folder of TimeML files: each file's TEXT is tagged with its DCT as publication date,
 * the resulting {@link Layer#TIMEXES} are scored against the gold TIMEX3 elements with {@link TimexScorer}, and,
 * on request, written back as TimeML ({@link TimeMlWriter}) for the official scorer.
 *
 * <p>Tagging is split in two: {@code tagging} (expensive, e.g. CoreNLP; its output is cached per file when a cache
 * folder is given, keyed by the stages' names and versions and checked against the file's text) and {@code after}
 * (cheap stages over TIMEXES, never cached, so they can be iterated on).
 */
public final class TimexEvaluation {
    private final Pipeline tagging;
    private final List<Stage> after;
    private final Path cache;
    private final Path writeTml;

    /** The CoreNLP run every tagger starts from (the expensive, cacheable part; NER carries SUTime). */
    public static Pipeline nlp() {
        return Pipeline.of(new CoreNlpStage("tokenize,ssplit,pos,lemma,ner"));
    }

    /**
     * The stages after {@link #nlp()} for a tagger: its tagging stages followed, unless {@code raw},
     * by sitrep's value resolution ({@link TimeResolver}).
     */
    public static List<Stage> after(TemporalTaggers.Tagger tagger, boolean raw) {
        List<Stage> out = new ArrayList<>(TemporalTaggers.tagging(tagger));
        if (!raw) out.add(new TimeResolver());
        return out;
    }

    /**
     * @param cache    folder for cached tagging output, or null for none
     * @param writeTml folder for system TimeML files (same relative names), or null for none
     */
    public TimexEvaluation(Pipeline tagging, List<Stage> after, Path cache, Path writeTml) {
        this.tagging = tagging;
        this.after = List.copyOf(after);
        this.cache = cache;
        this.writeTml = writeTml;
    }

    /**
     * Counts per top-level subfolder ("." for files directly in the folder), their sum, the files that failed, and
     * the files skipped because an earlier file had identical content (TBAQ-cleaned's testpipeline/ repeats a
     * TimeBank file; counting it twice would skew the total).
     */
    public record Result(Map<String, TimexScorer.Counts> byGroup, TimexScorer.Counts total, List<String> failures,
                         List<String> duplicates, Map<String, TimexScorer.Counts> byFile) {}

    /** The .tml files under {@code dir}, recursively, in name order, as paths relative to it. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tml") && Files.isRegularFile(p))
                    .map(dir::relativize).sorted().toList();
        }
    }

    public Result evaluate(Path dir, Consumer<String> progress) throws IOException {
        Map<String, TimexScorer.Counts> groups = new TreeMap<>();
        List<String> failures = new ArrayList<>(), duplicates = new ArrayList<>();
        Map<String, String> seen = new java.util.HashMap<>();
        Map<String, TimexScorer.Counts> byFile = new TreeMap<>();
        TimexScorer.Counts total = TimexScorer.Counts.ZERO;
        List<Path> files = files(dir);
        int done = 0;
        for (Path rel : files) {
            String name = rel.toString().replace('\\', '/');
            try {
                TimeMlDocument doc = TimeMlDocument.read(dir.resolve(rel), name);
                String first = seen.putIfAbsent(doc.raw(), name);
                if (first != null) {
                    duplicates.add(name + " = " + first);
                    progress.accept(++done + "/" + files.size() + " " + name);
                    continue;
                }
                List<TimexScorer.SystemTimex> system = TimeMlWriter.nonOverlapping(systemTimexes(tag(doc)));
                TimexScorer.Counts counts = TimexScorer.score(doc, system);
                String group = rel.getNameCount() > 1 ? rel.getName(0).toString() : ".";
                groups.merge(group, counts, TimexScorer.Counts::plus);
                byFile.put(name, counts);
                total = total.plus(counts);
                if (writeTml != null) {
                    Path out = writeTml.resolve(rel);
                    Files.createDirectories(out.getParent());
                    Files.writeString(out, TimeMlWriter.write(doc, system), StandardCharsets.UTF_8);
                }
            } catch (IOException | RuntimeException e) {
                failures.add(name + ": " + e.getMessage());
            }
            progress.accept(++done + "/" + files.size() + " " + name);
        }
        return new Result(groups, total, failures, duplicates, byFile);
    }

    /** The document after tagging and the after-stages. */
    public Doc tag(TimeMlDocument tml) {
        Article article = Article.of("TimeML", null, "en", tml.dct(), null, tml.name(), tml.text(), tml.name());
        Doc doc = cached(article);
        for (Stage s : after) doc = s.apply(doc);
        return doc;
    }

    private Doc cached(Article article) {
        if (cache == null) return tagging.apply(Doc.of(article));
        String key = tagging.stages().stream().map(s -> s.name() + "-" + s.version())
                .collect(Collectors.joining("+")).replaceAll("[^A-Za-z0-9.+-]", "_");
        Path file = cache.resolve(key).resolve(article.source() + ".json");
        try {
            if (Files.exists(file)) {
                Doc doc = StandoffJson.read(Files.readString(file, StandardCharsets.UTF_8));
                if (doc.text().equals(article.text()) && doc.article().published().equals(article.published()))
                    return doc;
            }
            Doc doc = tagging.apply(Doc.of(article));
            Files.createDirectories(file.getParent());
            Files.writeString(file, StandoffJson.write(doc), StandardCharsets.UTF_8);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resolved times when a resolver ran ({@link Layer#TIMES}), else the tagger's TIMEXES. */
    static List<TimexScorer.SystemTimex> systemTimexes(Doc doc) {
        if (doc.has(Layer.TIMES))
            return doc.get(Layer.TIMES).stream()
                    .map(t -> new TimexScorer.SystemTimex(t.span(), t.value().type(), t.value().timex())).toList();
        return doc.get(Layer.TIMEXES).stream()
                .map(t -> new TimexScorer.SystemTimex(t.span(), t.type(), t.value())).toList();
    }
}
