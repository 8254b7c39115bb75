package org.sitrep.attribute.brat;

import java.util.List;
import org.sitrep.attribute.Attribution;
import org.sitrep.model.Span;

/**
 * Writes attributions as brat standoff in the layout PolNeAR and the reference scorer read: one T-line per non-empty
 * role (fragments {@code start end;start end}, surface text with newlines and tabs blanked) and one E-line per
 * attribution that has content. An attribution without content still writes its cue (and source) T-lines, so it
 * counts as a predicted span but not as a relation.
 */
public final class BratWriter {
    private BratWriter() {}

    public static String write(String text, List<Attribution> attributions) {
        StringBuilder out = new StringBuilder();
        int t = 0, e = 0;
        for (Attribution a : attributions) {
            String cue = null, source = null, content = null;
            if (a.cue().length() > 0) cue = tLine(out, "T" + (++t), "Cue", List.of(a.cue()), text);
            if (!a.source().isEmpty()) source = tLine(out, "T" + (++t), "Source", a.source(), text);
            if (!a.content().isEmpty()) content = tLine(out, "T" + (++t), "Content", a.content(), text);
            if (content == null) continue;
            String trigger = cue != null ? cue : content;
            out.append('E').append(++e).append('\t').append(source != null ? "Attribution:" : "Attribution-no-source:")
                    .append(trigger);
            if (cue != null) out.append(" Cue:").append(cue);
            if (source != null) out.append(" Source:").append(source);
            out.append(" Content:").append(content).append('\n');
        }
        return out.toString();
    }

    private static String tLine(StringBuilder out, String id, String type, List<Span> fragments, String text) {
        List<Span> sorted = fragments.stream().filter(s -> s.length() > 0).sorted().toList();
        out.append(id).append('\t').append(type).append(' ');
        StringBuilder surface = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            Span s = sorted.get(i);
            if (i > 0) {
                out.append(';');
                surface.append(' ');
            }
            out.append(s.start()).append(' ').append(s.end());
            surface.append(s.of(text));
        }
        out.append('\t').append(surface.toString().replace('\n', ' ').replace('\t', ' ').replace('\r', ' ')).append('\n');
        return id;
    }
}
