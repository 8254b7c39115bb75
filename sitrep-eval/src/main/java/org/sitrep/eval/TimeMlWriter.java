package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Writes a system TimeML file for one input: the input file unchanged outside TEXT (DCT kept as it was), TEXT with
 * the original characters (entities as they were) and only the system's TIMEX3 elements (tid, type, value); the
 * gold EVENT/SIGNAL/TIMEX3 tags inside TEXT and the link elements after it are dropped. The official scorer
 * requires the text between tags to be identical to the gold file's, which this guarantees.
 */
public final class TimeMlWriter {
    private static final Pattern LINKS = Pattern.compile("<(MAKEINSTANCE|TLINK|SLINK|ALINK)\\b[^>]*/>[ \\t]*\\r?\\n?");

    private TimeMlWriter() {}

    /** The system file's content. Overlapping system timexes: the earlier (then longer) one is kept. */
    public static String write(TimeMlDocument doc, List<TimexScorer.SystemTimex> system) {
        List<TimexScorer.SystemTimex> kept = nonOverlapping(system);
        StringBuilder out = new StringBuilder(doc.raw().length());
        out.append(doc.raw(), 0, doc.rawTextStart());
        int p = 0, tid = 1;
        for (TimexScorer.SystemTimex t : kept) {
            appendRaw(doc, p, t.span().start(), out);
            out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(escape(t.type()))
                    .append("\" value=\"").append(escape(t.value())).append("\">");
            appendRaw(doc, t.span().start(), t.span().end(), out);
            out.append("</TIMEX3>");
            p = t.span().end();
        }
        appendRaw(doc, p, doc.text().length(), out);
        out.append(LINKS.matcher(doc.raw().substring(doc.rawTextEnd())).replaceAll(""));
        return out.toString();
    }

    static List<TimexScorer.SystemTimex> nonOverlapping(List<TimexScorer.SystemTimex> system) {
        List<TimexScorer.SystemTimex> sorted = new ArrayList<>(system);
        sorted.sort(Comparator.comparing((TimexScorer.SystemTimex t) -> t.span().start())
                .thenComparing(t -> -t.span().length()));
        List<TimexScorer.SystemTimex> kept = new ArrayList<>();
        int end = 0;
        for (TimexScorer.SystemTimex t : sorted) {
            if (t.span().length() == 0 || t.span().start() < end) continue;
            kept.add(t);
            end = t.span().end();
        }
        return kept;
    }

    /** Appends the raw source (entities still encoded, gold tags left out) of plain characters [from, to). */
    private static void appendRaw(TimeMlDocument doc, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) out.append(doc.rawOf(new Span(i, i + 1)));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
