package org.sitrep.attribute.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * The attribution annotations of one article in brat standoff, as PolNeAR writes them:
 * <pre>
 * T1	Source 110 112	we
 * T2	Cue 113 119	mocked
 * T3	Content 120 150;160 211	the presidential ...
 * E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
 * </pre>
 * Reading keeps only Cue/Source/Content T-lines and E-lines; other lines (brat event triggers, notes, continuation
 * lines of multi-line surface strings) are skipped, never fatal. Role names lose a digit suffix ({@code Content2}).
 * E-lines left with neither cue nor content after dropping unknown ids are ignored, as the reference scorer does.
 * Offsets are those in the file (PolNeAR: code points, which equal UTF-16 offsets for BMP-only texts).
 */
public record BratAnnotations(Map<String, BratSpan> spans, List<BratRelation> relations) {
    public static final Set<String> ROLE_TYPES = Set.of("Cue", "Source", "Content");
    private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+?)(?:\\t.*)?$");
    private static final Pattern E_LINE = Pattern.compile("^E\\d+\\t(.*)$");

    public BratAnnotations {
        spans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        relations = List.copyOf(relations);
    }

    /** Parses brat standoff text. Malformed lines are skipped. */
    public static BratAnnotations parse(String ann) {
        Map<String, BratSpan> spans = new LinkedHashMap<>();
        List<BratRelation> events = new ArrayList<>();
        for (String line : ann.split("\\r\\n|\\r|\\n")) {
            Matcher t = T_LINE.matcher(line);
            if (t.matches()) {
                if (!ROLE_TYPES.contains(t.group(2))) continue;
                List<Span> fragments = parseFragments(t.group(3));
                if (fragments != null) spans.put(t.group(1), new BratSpan(t.group(1), t.group(2), fragments));
                continue;
            }
            Matcher e = E_LINE.matcher(line);
            if (!e.matches()) continue;
            List<String> cue = new ArrayList<>(), source = new ArrayList<>(), content = new ArrayList<>();
            for (String arg : e.group(1).trim().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) continue;
                String role = arg.substring(0, colon).replaceAll("\\d+$", "");
                String id = arg.substring(colon + 1);
                switch (role) {
                    case "Cue" -> cue.add(id);
                    case "Source" -> source.add(id);
                    case "Content" -> content.add(id);
                    default -> { }
                }
            }
            events.add(new BratRelation(cue, source, content));
        }
        List<BratRelation> relations = new ArrayList<>();
        for (BratRelation r : events) {
            BratRelation known = new BratRelation(r.cue().stream().filter(spans::containsKey).toList(),
                    r.source().stream().filter(spans::containsKey).toList(),
                    r.content().stream().filter(spans::containsKey).toList());
            if (known.cue().isEmpty() && known.content().isEmpty()) continue; // stray/empty event line
            relations.add(known);
        }
        return new BratAnnotations(spans, relations);
    }

    private static List<Span> parseFragments(String offsets) {
        List<Span> out = new ArrayList<>();
        for (String fragment : offsets.split(";")) {
            String[] ab = fragment.trim().split("\\s+");
            if (ab.length != 2) return null;
            int a = Integer.parseInt(ab[0]), b = Integer.parseInt(ab[1]);
            if (a < 0 || b < a) return null;
            out.add(new Span(a, b));
        }
        return out;
    }

    /** The spans a role of a relation refers to, in order. */
    public List<BratSpan> resolve(List<String> ids) {
        return ids.stream().map(spans::get).toList();
    }
}
