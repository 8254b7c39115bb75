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

    private static Span spanOf(Object element) {
        try {
            Object s = element.getClass().getMethod("span").invoke(element);
            return s instanceof Span span ? span : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
