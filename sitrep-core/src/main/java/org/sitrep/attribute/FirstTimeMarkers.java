package org.sitrep.attribute;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.CueClass;

/**
 * Whether the text presents a claim as a first: "for the first time", "the first confirmation", "first-ever", an
 * acknowledgment made "officially" — in the claim's sentence outside its content, or in a following sentence
 * "This is the first confirmation that …". Stateless.
 */
final class FirstTimeMarkers {
    private static final Set<String> FIRST_NOUNS = Set.of("confirmation", "acknowledgment", "acknowledgement",
            "admission", "recognition");

    private FirstTimeMarkers() {}

    /** A first-time marker in the sentence outside the content tokens [lo, hi]. */
    static boolean firstTime(SentenceGraph g, int[] content, CueClass cueClass) {
        for (int i = g.first(); i < g.end(); i++) {
            if (i >= content[0] && i <= content[1]) continue;
            String w = g.lower(i);
            if (w.equals("first") && i + 1 < g.end()
                    && (g.lower(i + 1).equals("time") || FIRST_NOUNS.contains(g.lower(i + 1)))) return true;
            if (w.equals("first-ever")) return true;
            if (w.equals("officially") && cueClass == CueClass.ACKNOWLEDGE) return true;
        }
        return false;
    }

    /**
     * "This is also the first confirmation that …" marks the previous sentence's claims ({@code claims} from index
     * {@code previousClaims} on, rewritten in place) as firsts. True when the sentence is such a reference.
     */
    static boolean firstReference(SentenceGraph g, List<Claim> claims, int previousClaims) {
        if (!g.isDemonstrative(g.first())) return false;
        for (int i = g.first(); i + 1 < g.end(); i++)
            if (g.lower(i).equals("first") && FIRST_NOUNS.contains(g.lower(i + 1))) {
                for (int k = previousClaims; k < claims.size(); k++) claims.set(k, claims.get(k).withFirstTime(true));
                return true;
            }
        return false;
    }
}
