package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Span;

/**
 * A hand-annotated set of attributions in real articles, kept as ids and offsets only (the texts stay in the corpus).
 * One tab-separated file; lines starting with {@code #} are comments. Two kinds of rows:
 * <pre>
 * article  ID  GROUP  CHARS  SHA256-16
 * claim    ID  SOURCE-START SOURCE-END  CUE-START CUE-END  CUE-CLASS  CONTENT-START CONTENT-END  ACTOR  POLARITY  DATE
 * </pre>
 * GROUP is {@code native} or {@code mt} (machine-translated); CHARS and SHA256-16 (the first 16 hex digits of the
 * SHA-256 of the UTF-8 text) pin the text the offsets point into: the article text as sitrep's reader normalizes it.
 * ACTOR is a CAMEO-style code or {@code -} when the source is no one actor ("Kyiv and its Western allies");
 * POLARITY is {@code asserts} or {@code denies}; DATE is {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (the
 * text gives only the month or year) or {@code -} (the text does not say). Offsets are UTF-16, half-open.
 */
public record ClaimGold(Map<String, GoldArticle> articles, List<GoldClaim> claims) {
    public ClaimGold {
        articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles)); // file order: stable listings
        claims = List.copyOf(claims);
    }

    /** An annotated article: its corpus id, group (native or mt), and the length and hash of its text. */
    public record GoldArticle(String id, String group, int chars, String sha) {}

    /** One annotated attribution. {@code actor} and {@code date} are null when the annotation says {@code -}. */
    public record GoldClaim(String article, Span source, Span cue, String cueClass, Span content, String actor,
                            String polarity, String date) {}

    /** Reads a gold file; malformed rows throw with their line number (the file is ours, not article data). */
    public static ClaimGold read(Path file) throws IOException {
        Map<String, GoldArticle> articles = new LinkedHashMap<>();
        List<GoldClaim> claims = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "article" -> {
                        need(f, 5);
                        articles.put(f[1], new GoldArticle(f[1], f[2], Integer.parseInt(f[3]), f[4]));
                    }
                    case "claim" -> {
                        need(f, 12);
                        if (!articles.containsKey(f[1])) throw new IllegalArgumentException("claim before its article row");
                        if (!f[10].equals("asserts") && !f[10].equals("denies"))
                            throw new IllegalArgumentException("polarity must be asserts or denies, got " + f[10]);
                        claims.add(new GoldClaim(f[1], span(f[2], f[3]), span(f[4], f[5]), f[6], span(f[7], f[8]),
                                dash(f[9]), f[10], dash(f[11])));
                    }
                    default -> throw new IllegalArgumentException("row kind must be article or claim, got " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new ClaimGold(articles, claims);
    }

    /** The first 16 hex digits of the SHA-256 of a text's UTF-8 bytes. */
    public static String sha16(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void need(String[] f, int n) {
        if (f.length != n) throw new IllegalArgumentException(f[0] + " row needs " + n + " tab-separated fields, got " + f.length);
    }

    private static Span span(String start, String end) {
        return new Span(Integer.parseInt(start), Integer.parseInt(end));
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }
}
