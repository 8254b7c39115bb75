package org.sitrep.attribute.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Layer;
import org.sitrep.model.Stage;

/**
 * PolNeAR articles as parsed documents, parsed once and cached as gzipped stand-off JSON under a cache folder
 * (keyed by the stage's name, version and layers, and the article text's hash, so a changed text or parser re-parses). Parsing the
 * 840 training articles takes many minutes; the cache makes training and evaluation repeatable in seconds.
 * Thread-safe when the stage is.
 */
public final class ParsedBratCorpus {
    private static final Pattern STEM_DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");
    private final Stage parser;
    private final Path cacheDir;

    /** @param cacheDir where parsed docs are kept; null for no cache */
    public ParsedBratCorpus(Stage parser, Path cacheDir) {
        this.parser = parser;
        this.cacheDir = cacheDir;
    }

    /** The article for a stem: its text, dated by the date in the stem when it has one (PolNeAR's do). */
    public static Article article(String stem, String text) {
        Matcher m = STEM_DATE.matcher(stem);
        LocalDate date = m.find() ? LocalDate.parse(m.group(1)) : LocalDate.of(2000, 1, 1);
        String outlet = stem.contains("_") ? stem.substring(0, stem.indexOf('_')) : null;
        return Article.of(outlet, null, "en", date, null, null, text, stem);
    }

    /** Whether the parse of this article is in the cache already. */
    public boolean isCached(String stem, String text) {
        return cacheDir != null && Files.exists(cacheFile(stem, article(stem, text)));
    }

    private Path cacheFile(String stem, Article article) {
        // the stage's version plus what it produces: the same CoreNLP version run with other annotators differs
        String version = (parser.name() + "-" + parser.version() + "-" + String.join(",",
                parser.produces().stream().map(Object::toString).sorted().toList())).replaceAll("[^A-Za-z0-9.,-]", "_");
        return cacheDir.resolve(version).resolve(stem + "-" + article.id() + ".json.gz");
    }

    /** The parsed document of one article, from the cache when present. */
    public Doc parse(String stem, String text) {
        Article article = article(stem, text);
        if (cacheDir == null) return parser.apply(Doc.of(article));
        Path file = cacheFile(stem, article);
        try {
            if (Files.exists(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    return StandoffJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Doc doc = parser.apply(Doc.of(article));
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), stem, ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                out.write(StandoffJson.write(doc).getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not use the parse cache " + file, e);
        }
    }

    /**
     * The parsed document of one article with its encoder vectors ({@link Layer#EMBEDDINGS}), the vectors cached
     * beside the parse (raw floats, about 1.5 KB per token) under the encoder stage's name and version.
     */
    public Doc encoded(String stem, String text, Stage encoder) {
        Doc doc = parse(stem, text);
        if (cacheDir == null) return encoder.apply(doc);
        Path parsed = cacheFile(stem, article(stem, text));
        Path file = parsed.getParent().resolve(encoder.name() + "-" + encoder.version())
                .resolve(parsed.getFileName().toString().replace(".json.gz", ".vec"));
        try {
            if (Files.exists(file)) {
                ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
                byte[] name = new byte[b.getInt()];
                b.get(name);
                int dim = b.getInt();
                float[] tokens = new float[b.getInt()], sentences = new float[b.getInt()];
                b.asFloatBuffer().get(tokens);
                b.position(b.position() + 4 * tokens.length);
                b.asFloatBuffer().get(sentences);
                return doc.with(Layer.EMBEDDINGS, List.of(new Embeddings(new String(name, StandardCharsets.UTF_8),
                        dim, tokens, sentences)));
            }
            Doc out = encoder.apply(doc);
            Embeddings e = out.get(Layer.EMBEDDINGS).get(0);
            byte[] name = e.model().getBytes(StandardCharsets.UTF_8);
            ByteBuffer b = ByteBuffer.allocate(16 + name.length + 4 * (e.tokens().length + e.sentences().length));
            b.putInt(name.length).put(name).putInt(e.dimension()).putInt(e.tokens().length).putInt(e.sentences().length);
            b.asFloatBuffer().put(e.tokens()).put(e.sentences());
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), stem, ".tmp");
            Files.write(tmp, b.array());
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not use the vector cache " + file, e);
        }
    }
}
