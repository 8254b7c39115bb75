package org.sitrep.attribute.brat;

import java.util.List;
import org.sitrep.model.Span;

/**
 * One brat text-bound annotation ({@code T}-line) of an attribution role.
 *
 * @param id        the brat id, e.g. {@code T3}
 * @param type      {@code Cue}, {@code Source} or {@code Content}
 * @param fragments its character ranges, sorted; several when the span is discontinuous
 */
public record BratSpan(String id, String type, List<Span> fragments) {
    public BratSpan {
        fragments = fragments.stream().sorted().toList();
    }
}
