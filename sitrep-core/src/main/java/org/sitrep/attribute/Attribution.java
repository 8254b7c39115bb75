package org.sitrep.attribute;

import java.util.List;
import org.sitrep.model.Span;

/**
 * One attribution found in a text: who (source) says, thinks or shows (cue) what (content). Spans are UTF-16
 * offsets into the article text; source and content may be discontinuous ("The plan, he said, is dead"), and
 * source is empty for attributions without an explicit source ("It was reported that..."); content may be empty
 * when the tagger found a cue but no content (such an attribution is not written as a brat relation).
 *
 * @param confidence the model's confidence in the cue, in [0, 1]
 */
public record Attribution(Span cue, List<Span> source, List<Span> content, double confidence) {
    public Attribution {
        java.util.Objects.requireNonNull(cue, "cue");
        source = List.copyOf(source);
        content = List.copyOf(content);
        if (!(confidence >= 0 && confidence <= 1))
            throw new IllegalArgumentException("confidence must be in [0, 1]; got " + confidence);
    }
}
