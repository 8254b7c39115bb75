package org.sitrep.attribute.brat;

import java.util.List;

/**
 * One brat event line ({@code E}-line) tying an attribution together, by the ids of its {@link BratSpan}s. A role
 * may have several spans ({@code Content2} arguments are listed under content) or none (no source).
 */
public record BratRelation(List<String> cue, List<String> source, List<String> content) {
    public BratRelation {
        cue = List.copyOf(cue);
        source = List.copyOf(source);
        content = List.copyOf(content);
    }
}
