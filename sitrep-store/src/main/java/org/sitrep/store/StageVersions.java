package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** Stage name → version maps: found in a document's evidence, and compared to decide whether to re-store. */
final class StageVersions {
    private StageVersions() {}

    /**
     * The stages named by every {@code {"stage": …, "stageVersion": …}} object (an {@link org.sitrep.model.Evidence})
     * anywhere in the stand-off tree; the highest version wins if one stage appears with several.
     */
    static Map<String, String> fromEvidence(JsonNode tree) {
        Map<String, String> found = new TreeMap<>();
        collect(tree, found);
        return found;
    }

    private static void collect(JsonNode node, Map<String, String> found) {
        if (node.isObject() && node.path("stage").isTextual() && node.path("stageVersion").isTextual())
            found.merge(node.get("stage").asText(), node.get("stageVersion").asText(),
                    (a, b) -> compare(a, b) >= 0 ? a : b);
        if (node.isContainerNode())
            for (JsonNode child : node) collect(child, found);
    }

    /**
     * True when {@code incoming} is strictly newer than {@code stored}: no stage in both has a lower version in
     * {@code incoming}, and some stage has a higher version, the same version with other build metadata (the
     * output fingerprint after a '+': {@link org.sitrep.model.StageVersions}), or is new. Equal or older (or mixed)
     * is not newer, so an older sitrep never overwrites what a newer one stored.
     */
    static boolean newer(Map<String, String> incoming, Map<String, String> stored) {
        boolean someNewer = false;
        for (Map.Entry<String, String> e : incoming.entrySet()) {
            String before = stored.get(e.getKey());
            if (before == null) {
                someNewer = true;
                continue;
            }
            int c = compare(e.getValue(), before);
            if (c < 0) return false;
            if (c > 0 || !e.getValue().equals(before)) someNewer = true;
        }
        return someNewer;
    }

    /**
     * Compares versions part by part, numeric parts as numbers: 1.9 < 1.10, 2 < 2.1, 1-alpha < 1-beta. Build
     * metadata after a '+' does not order: 3+1f2e and 3+9a0b compare equal.
     */
    static int compare(String a, String b) {
        a = precedence(a);
        b = precedence(b);
        String[] x = a.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|[.\\-_]");
        String[] y = b.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|[.\\-_]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xn = x[i].matches("\\d+"), yn = y[i].matches("\\d+");
            int c = xn && yn ? new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]))
                    : xn != yn ? (xn ? 1 : -1) : x[i].compareTo(y[i]);
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    private static String precedence(String version) {
        int plus = version.indexOf('+');
        return plus < 0 ? version : version.substring(0, plus);
    }
}
