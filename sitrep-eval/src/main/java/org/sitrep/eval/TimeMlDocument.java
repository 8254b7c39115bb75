package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * One TimeML file read for Task A scoring: the plain text of its {@code <TEXT>} element (tags removed, character
 * entities decoded), its document creation time, and the gold annotations as spans into that plain text.
 *
 * @param name       the file's path relative to the evaluated folder, with '/' separators
 * @param raw        the file exactly as read (UTF-8)
 * @param text       the plain text of the TEXT element
 * @param plainToRaw for each plain offset 0..text.length(), the offset into {@code raw} where that character's
 *                   source starts (the last entry is the raw offset of {@code </TEXT>})
 * @param dct        the document creation time's day
 * @param timexes    gold TIMEX3 inside TEXT, in text order
 * @param others     spans of the other gold elements inside TEXT (EVENT, SIGNAL): the official scorer's token
 *                   alignment treats them differently from plain tokens, so the emulation needs them
 */
public record TimeMlDocument(String name, String raw, String text, int[] plainToRaw, LocalDate dct,
                             List<Timex> timexes, List<Span> others) {

    /** One TIMEX3 as it appears in a file: its extent, tid, TIMEX3 type and value (as the official scorer reads them). */
    public record Timex(Span span, String tid, String type, String value) {}

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*?value=\"(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>");

    /** Reads a TimeML file; throws {@link IllegalArgumentException} when it has no TEXT element or no DCT date. */
    public static TimeMlDocument read(Path file, String name) throws IOException {
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    public static TimeMlDocument parse(String name, String raw) {
        int open = raw.indexOf("<TEXT>");
        int close = raw.indexOf("</TEXT>");
        if (open < 0 || close < open)
            throw new IllegalArgumentException(name + ": no <TEXT>…</TEXT> element");
        Matcher d = DCT.matcher(raw);
        if (!d.find())
            throw new IllegalArgumentException(name + ": no <DCT><TIMEX3 value=\"YYYY-MM-DD…\"> element");
        LocalDate dct = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));

        StringBuilder text = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        List<Span> others = new ArrayList<>();
        Deque<int[]> openTags = new ArrayDeque<>(); // {plain start, index into names}
        Deque<String> openNames = new ArrayDeque<>();
        Deque<String> openAttrs = new ArrayDeque<>();
        int i = open + "<TEXT>".length();
        while (i < close) {
            char c = raw.charAt(i);
            if (c == '<') {
                Matcher t = TAG.matcher(raw).region(i, close);
                if (!t.lookingAt()) throw new IllegalArgumentException(name + ": malformed tag at offset " + i);
                boolean closing = !t.group(1).isEmpty(), empty = !t.group(4).isEmpty();
                if (closing) {
                    int[] start = openTags.pop();
                    String tag = openNames.pop(), attrs = openAttrs.pop();
                    Span span = new Span(start[0], text.length());
                    if (tag.equals("TIMEX3"))
                        timexes.add(new Timex(span, attr(attrs, "tid"), attr(attrs, "type"), attr(attrs, "value")));
                    else others.add(span);
                } else if (!empty) {
                    openTags.push(new int[] {text.length()});
                    openNames.push(t.group(2));
                    openAttrs.push(t.group(3));
                }
                i = t.end();
            } else if (c == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0 || semi > i + 10) throw new IllegalArgumentException(name + ": bare '&' at offset " + i);
                map.add(i);
                text.append(entity(raw.substring(i + 1, semi), name));
                i = semi + 1;
            } else {
                map.add(i);
                text.append(c);
                i++;
            }
        }
        map.add(close);
        timexes.sort((a, b) -> a.span().compareTo(b.span()));
        return new TimeMlDocument(name, raw, text.toString(), map.stream().mapToInt(Integer::intValue).toArray(), dct,
                List.copyOf(timexes), List.copyOf(others));
    }

    /** The raw offset where the TEXT element's content starts. */
    public int rawTextStart() {
        return raw.indexOf("<TEXT>") + "<TEXT>".length();
    }

    /** The raw offset of {@code </TEXT>}. */
    public int rawTextEnd() {
        return raw.indexOf("</TEXT>");
    }

    /** The raw characters (entities still encoded) behind a span of the plain text. */
    public String rawOf(Span span) {
        return raw.substring(plainToRaw[span.start()], span.end() == span.start() ? plainToRaw[span.start()]
                : rawEndOf(span.end()));
    }

    /** The raw offset just after the source of plain character {@code end - 1}. */
    int rawEndOf(int end) {
        if (end == 0) return plainToRaw[0];
        int last = plainToRaw[end - 1];
        return raw.charAt(last) == '&' ? raw.indexOf(';', last) + 1 : last + 1;
    }

    /**
     * An attribute's value the way the official scorer reads it: the first {@code name="…"} in the tag, or the
     * attribute's name itself when absent (the scorer's fallback, kept so absent values compare as it does).
     */
    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : name;
    }

    private static String entity(String e, String name) {
        return switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                if (e.startsWith("#x")) yield new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                if (e.startsWith("#")) yield new String(Character.toChars(Integer.parseInt(e.substring(1))));
                throw new IllegalArgumentException(name + ": unknown entity &" + e + ";");
            }
        };
    }
}
