package org.sitrep.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file's bytes turned into text, or the reason they cannot be: missing, unreadable, empty, over the size limit
 * (checked before reading, so a huge file costs nothing), binary, in no known format, or not valid in its encoding.
 * Decoding is strict: a bad byte is reported with its offset, never replaced.
 *
 * @param format the format to parse the text as
 * @param text   the decoded text, BOM removed, not yet normalized
 */
record InputFile(Format format, String text) {
    /** How much of the start is inspected for binary content, format and charset declarations. */
    private static final int PROBE_BYTES = 8192;
    private static final Pattern HTML_CHARSET =
            Pattern.compile("<meta[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);

    /**
     * Loads {@code path}; its format comes from the extension, else from the content. On failure adds one
     * {@link ReadFailure} to {@code results} and returns empty. Never reads more than {@code maxBytes + 1} bytes.
     */
    static Optional<InputFile> load(Path path, String source, long maxBytes, Results results) {
        long size;
        try {
            if (!Files.exists(path)) {
                results.fail(source, ReadFailure.NOT_FOUND, "no such file");
                return Optional.empty();
            }
            if (!Files.isRegularFile(path)) {
                results.fail(source, ReadFailure.UNREADABLE, "not a regular file or directory");
                return Optional.empty();
            }
            size = Files.size(path);
        } catch (IOException | SecurityException e) {
            results.fail(source, ReadFailure.UNREADABLE, "cannot read file attributes: " + describe(e));
            return Optional.empty();
        }
        if (size == 0) {
            results.fail(source, ReadFailure.EMPTY, "the file is empty (0 bytes)");
            return Optional.empty();
        }
        if (size > maxBytes) {
            results.fail(source, ReadFailure.TOO_LARGE, tooLarge(size, maxBytes));
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) maxBytes + 1); // +1: a file that grew past the limit since size() is caught
        } catch (AccessDeniedException e) {
            results.fail(source, ReadFailure.UNREADABLE, "permission denied");
            return Optional.empty();
        } catch (NoSuchFileException e) {
            results.fail(source, ReadFailure.NOT_FOUND, "the file disappeared while being read");
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            results.fail(source, ReadFailure.UNREADABLE, "cannot read: " + describe(e));
            return Optional.empty();
        }
        if (bytes.length > maxBytes) {
            results.fail(source, ReadFailure.TOO_LARGE, tooLarge(bytes.length, maxBytes));
            return Optional.empty();
        }
        if (bytes.length == 0) {
            results.fail(source, ReadFailure.EMPTY, "the file is empty (0 bytes)");
            return Optional.empty();
        }
        return fromBytes(path, source, bytes, results);
    }

    /** The checks after reading: binary, format, charset, strict decoding. */
    static Optional<InputFile> fromBytes(Path path, String source, byte[] bytes, Results results) {
        Bom bom = Bom.of(bytes);
        if (bom == null) {
            Optional<String> binary = binaryReason(bytes);
            if (binary.isPresent()) {
                results.fail(source, ReadFailure.BINARY, binary.get());
                return Optional.empty();
            }
        }
        Charset probeCharset = bom == null ? StandardCharsets.ISO_8859_1 : bom.charset;
        int probeEnd = Math.min(bytes.length, PROBE_BYTES);
        String probe = new String(bytes, bom == null ? 0 : bom.length, Math.max(0, probeEnd - (bom == null ? 0 : bom.length)),
                probeCharset);
        Optional<Format> format = Format.byExtension(path).or(() -> Format.sniff(probe));
        if (format.isEmpty()) {
            results.fail(source, ReadFailure.UNSUPPORTED,
                    "unknown format: use .txt (first line 'date YYYY-MM-DD'), .jsonl, .html/.htm or .xml/.rss/.atom");
            return Optional.empty();
        }
        Charset charset = bom != null ? bom.charset : declaredCharset(format.get(), probe).orElse(StandardCharsets.UTF_8);
        int offset = bom == null ? 0 : bom.length;
        Optional<String> text = decode(bytes, offset, charset, source, results);
        if (text.isEmpty()) return Optional.empty();
        if (text.get().isBlank()) {
            results.fail(source, ReadFailure.EMPTY, "the file holds only whitespace");
            return Optional.empty();
        }
        return Optional.of(new InputFile(format.get(), text.get()));
    }

    /** Says why the bytes are not text: a NUL byte anywhere, or many control bytes near the start. */
    static Optional<String> binaryReason(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++)
            if (bytes[i] == 0) return Optional.of("binary content: NUL byte at offset " + i);
        int probe = Math.min(bytes.length, PROBE_BYTES);
        int controls = 0;
        for (int i = 0; i < probe; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) controls++;
        }
        // Text has almost none; 10% leaves room for a stray escape code or form feed.
        if (controls * 10 > probe)
            return Optional.of("binary content: " + controls + " of the first " + probe + " bytes are control bytes");
        return Optional.empty();
    }

    private static Optional<Charset> declaredCharset(Format format, String probe) {
        Matcher m = switch (format) {
            case HTML -> HTML_CHARSET.matcher(probe);
            case FEED -> XML_ENCODING.matcher(probe);
            default -> null;
        };
        if (m == null || !m.find()) return Optional.empty();
        String name = m.group(1).toUpperCase(Locale.ROOT);
        // As browsers do: a UTF-16/32 declaration in bytes that were readable as ASCII is wrong; read UTF-8.
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("UTF16")) return Optional.empty();
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) { // unknown or illegal name: read as UTF-8, which reports bad bytes
            return Optional.empty();
        }
    }

    private static Optional<String> decode(byte[] bytes, int offset, Charset charset, String source, Results results) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int at = in.position();
            results.fail(source, ReadFailure.ENCODING, "invalid " + charset.name() + " at byte offset " + at
                    + " (line " + lineOf(bytes, at) + "): " + hex(bytes, at, Math.max(1, r.length()))
                    + "; save the file as UTF-8");
            return Optional.empty();
        }
        if (r.isOverflow()) { // cannot happen with maxCharsPerByte sizing; fail loudly rather than truncate
            results.fail(source, ReadFailure.UNEXPECTED, "decoder output overflow");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static String hex(byte[] bytes, int at, int length) {
        StringBuilder s = new StringBuilder("byte");
        s.append(length > 1 ? "s" : "");
        for (int i = at; i < Math.min(bytes.length, at + length); i++) s.append(String.format(" %02X", bytes[i] & 0xFF));
        return s.toString();
    }

    private static String tooLarge(long size, long maxBytes) {
        return "the file has " + size + " bytes, over the limit of " + maxBytes + " bytes";
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** Byte order marks the reader honours. */
    private enum Bom {
        UTF8(StandardCharsets.UTF_8, 3), UTF16BE(StandardCharsets.UTF_16BE, 2), UTF16LE(StandardCharsets.UTF_16LE, 2);

        final Charset charset;
        final int length;

        Bom(Charset charset, int length) {
            this.charset = charset;
            this.length = length;
        }

        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) return UTF8;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return UTF16BE;
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return UTF16LE;
            return null;
        }
    }
}
