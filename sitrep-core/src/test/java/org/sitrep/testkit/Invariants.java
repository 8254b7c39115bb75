package org.sitrep.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.sitrep.model.Doc;
import org.sitrep.model.Span;

/** Checks every stage's output must pass: spans inside the text, never negative, tokens never backwards. */
public final class Invariants {
    private Invariants() {}

    public static void check(Doc doc) {
        int length = doc.text().length();
        for (String name : doc.layerNames()) {
            List<?> elements = doc.layer(name);
            for (Object e : elements) {
                Span span = spanOf(e);
                if (span != null)
                    assertThat(span.end()).as("%s element %s ends inside the text (length %d)", name, e, length)
                            .isLessThanOrEqualTo(length);
            }
        }
        List<org.sitrep.model.Token> tokens = doc.get(org.sitrep.model.Layer.TOKENS);
        for (int i = 1; i < tokens.size(); i++)
            assertThat(tokens.get(i).span().start()).as("token %d starts after token %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(tokens.get(i - 1).span().end());
    }

    /**
     * {@link #check} plus: no span of any layer (nor a claim's cue or content) starts or ends between the two halves
     * of a surrogate pair, so every span is a valid UTF-16 string.
     */
    public static void checkUtf16(Doc doc) {
        check(doc);
        String text = doc.text();
        for (String name : doc.layerNames())
            for (Object e : doc.layer(name))
                for (String part : List.of("span", "cue", "content")) {
                    Span span = spanOf(e, part);
                    if (span == null) continue;
                    assertThat(span.end()).as("%s %s of %s inside the text", name, part, e).isLessThanOrEqualTo(text.length());
                    for (int at : new int[] {span.start(), span.end()})
                        assertThat(at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                                && Character.isLowSurrogate(text.charAt(at)))
                                .as("%s %s of %s splits a surrogate pair at %d", name, part, e, at).isFalse();
                }
    }

    private static Span spanOf(Object element) {
        return spanOf(element, "span");
    }

    private static Span spanOf(Object element, String accessor) {
        try {
            Object s = element.getClass().getMethod(accessor).invoke(element);
            return s instanceof Span span ? span : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
