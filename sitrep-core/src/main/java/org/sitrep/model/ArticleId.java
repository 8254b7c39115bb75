package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * An article's identity: the first 16 hex digits of SHA-256 over its normalized text and its url, so the same
 * article read twice (from any format) gets the same id and is stored once.
 */
public record ArticleId(String value) {
    public ArticleId {
        if (value == null || !value.matches("[0-9a-f]{16}"))
            throw new IllegalArgumentException("ArticleId needs 16 lowercase hex digits; got " + value);
    }

    /** Normalization: NFC, whitespace runs collapsed to one space, trimmed. The url may be null. */
    public static ArticleId of(String text, String url) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(normalized.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((url == null ? "" : url.strip()).getBytes(StandardCharsets.UTF_8));
            return new ArticleId(HexFormat.of().formatHex(sha.digest()).substring(0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
