package org.sitrep.eval;

import java.io.IOException;
import java.io.StringReader;
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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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

    private static final Pattern DAY = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2}).*", Pattern.DOTALL);
    private static final XMLInputFactory XML = xmlInputFactory();

    /** Reads a TimeML file; throws {@link IllegalArgumentException} when it has no TEXT element or no DCT date. */
    public static TimeMlDocument read(Path file, String name) throws IOException {
        return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses a TimeML file's text with StAX: the DCT's value, the TEXT element's characters (entities decoded) and
     * the elements inside it. Throws {@link IllegalArgumentException} (with the file's name) when the file is not
     * well-formed XML or has no TEXT element or no DCT date.
     */
    public static TimeMlDocument parse(String name, String raw) {
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        List<Span> others = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>(); // elements open inside TEXT
        LocalDate dct = null;
        boolean inDct = false, inText = false, sawText = false;
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new StringReader(raw));
            try {
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            String tag = r.getLocalName();
                            if (inText) open.push(new Open(tag, text.length(), attribute(r, "tid"),
                                    attribute(r, "type"), attribute(r, "value")));
                            else if (tag.equals("TEXT")) inText = sawText = true;
                            else if (tag.equals("DCT")) inDct = true;
                            else if (inDct && tag.equals("TIMEX3") && dct == null) dct = day(r.getAttributeValue(null, "value"));
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            String tag = r.getLocalName();
                            if (inText && open.isEmpty() && tag.equals("TEXT")) inText = false;
                            else if (inText) {
                                Open o = open.pop();
                                Span span = new Span(o.start(), text.length());
                                if (o.tag().equals("TIMEX3")) timexes.add(new Timex(span, o.tid(), o.type(), o.value()));
                                else others.add(span);
                            } else if (tag.equals("DCT")) inDct = false;
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                             XMLStreamConstants.ENTITY_REFERENCE -> {
                            if (inText) text.append(r.getText());
                        }
                        default -> { }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + ": not well-formed TimeML: " + e.getMessage(), e);
        }
        int textStart = raw.indexOf("<TEXT>"), close = raw.indexOf("</TEXT>");
        if (!sawText || textStart < 0 || close < textStart)
            throw new IllegalArgumentException(name + ": no <TEXT>…</TEXT> element");
        if (dct == null)
            throw new IllegalArgumentException(name + ": no <DCT><TIMEX3 value=\"YYYY-MM-DD…\"> element");
        timexes.sort((a, b) -> a.span().compareTo(b.span()));
        return new TimeMlDocument(name, raw, text.toString(),
                plainToRaw(name, raw, text, textStart + "<TEXT>".length(), close), dct, List.copyOf(timexes),
                List.copyOf(others));
    }

    /** An element open inside TEXT: its tag, plain start and the attributes a TIMEX3 is scored on. */
    private record Open(String tag, int start, String tid, String type, String value) {}

    /**
     * Where each plain character's source starts in the raw file: the TEXT element's characters walked in step
     * with the plain text, skipping tags and taking an entity ({@code &amp;}) as the source of what it decodes to.
     */
    private static int[] plainToRaw(String name, String raw, CharSequence text, int from, int close) {
        int[] map = new int[text.length() + 1];
        int i = from;
        for (int k = 0; k < text.length(); ) {
            while (i < close && raw.charAt(i) == '<') i = raw.indexOf('>', i) + 1;
            if (i >= close) throw new IllegalArgumentException(name + ": TEXT ends before its characters do");
            if (raw.charAt(i) == '&') {
                int semi = raw.indexOf(';', i);
                int decoded = semi < 0 ? 1 : entity(raw.substring(i + 1, semi), name).length();
                for (int n = 0; n < decoded && k < text.length(); n++) map[k++] = i;
                i = semi + 1;
            } else {
                map[k++] = i++;
            }
        }
        map[text.length()] = close;
        return map;
    }

    /** The day a DCT value starts with ("2025-04-28", "20250428T…"), or null. */
    private static LocalDate day(String value) {
        Matcher d = value == null ? null : DAY.matcher(value);
        if (d == null || !d.matches()) return null;
        return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
    }

    /**
     * An attribute's value the way the official scorer reads it, or the attribute's name itself when absent (the
     * scorer's fallback, kept so absent values compare as it does).
     */
    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? name : v;
    }

    /** The JDK's StAX parser, with no DTD or external entities (TimeML files need neither). */
    private static XMLInputFactory xmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
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
