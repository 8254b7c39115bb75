package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores over two partitions of the same mentions: MUC (Vilain et al. 1995), B³ (Bagga and Baldwin 1998),
 * CEAF-e (Luo 2005, φ4 with the best one-to-one alignment) and CoNLL F1, their mean. Mentions present on one side
 * only count in that side's denominators, as in the CoNLL reference scorer. All figures in percent.
 */
public final class CorefMetrics {
    /** Recall, precision and F1 in percent. */
    public record Prf(double recall, double precision, double f1) {
        static Prf of(double rn, double rd, double pn, double pd) {
            double r = rd == 0 ? 0 : rn / rd, p = pd == 0 ? 0 : pn / pd;
            return new Prf(100 * r, 100 * p, p + r == 0 ? 0 : 100 * 2 * p * r / (p + r));
        }
    }

    /** The three metrics and their mean F1. */
    public record Scores(Prf muc, Prf b3, Prf ceafe, double conll, int keyClusters, int responseClusters) {}

    private CorefMetrics() {}

    /** Scores a response partition against a key, both {mention → cluster id}. */
    public static Scores score(Map<String, String> key, Map<String, String> response) {
        List<Set<String>> k = clusters(key), r = clusters(response);
        double[] muc = {muc(k, r), den(k), muc(r, k), den(r)};
        double[] b3 = {b3(k, r), key.size(), b3(r, k), response.size()};
        double phi = ceafe(k, r);
        Prf m = Prf.of(muc[0], muc[1], muc[2], muc[3]);
        Prf b = Prf.of(b3[0], b3[1], b3[2], b3[3]);
        Prf c = Prf.of(phi, k.size(), phi, r.size());
        return new Scores(m, b, c, (m.f1() + b.f1() + c.f1()) / 3, k.size(), r.size());
    }

    static List<Set<String>> clusters(Map<String, String> assign) {
        Map<String, Set<String>> c = new LinkedHashMap<>();
        for (var e : assign.entrySet()) c.computeIfAbsent(e.getValue(), x -> new HashSet<>()).add(e.getKey());
        return new ArrayList<>(c.values());
    }

    private static Map<String, Integer> where(List<Set<String>> parts) {
        Map<String, Integer> w = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) for (String m : parts.get(i)) w.put(m, i);
        return w;
    }

    /** MUC numerator: |c| minus the number of parts c falls into (a twinless mention is a part of its own). */
    private static double muc(List<Set<String>> a, List<Set<String>> b) {
        Map<String, Integer> w = where(b);
        double n = 0;
        for (Set<String> c : a) {
            Set<Object> parts = new HashSet<>();
            for (String m : c) parts.add(w.containsKey(m) ? (Object) w.get(m) : "twinless:" + m);
            n += c.size() - parts.size();
        }
        return n;
    }

    private static double den(List<Set<String>> a) {
        return a.stream().mapToInt(c -> c.size() - 1).sum();
    }

    private static double b3(List<Set<String>> a, List<Set<String>> b) {
        Map<String, Integer> w = where(b);
        double n = 0;
        for (Set<String> c : a)
            for (String m : c) {
                Integer j = w.get(m);
                if (j == null) continue;
                int shared = 0;
                for (String x : c) if (b.get(j).contains(x)) shared++;
                n += shared / (double) c.size();
            }
        return n;
    }

    /** Total φ4 similarity of the best one-to-one alignment, solved per connected group of overlapping clusters. */
    private static double ceafe(List<Set<String>> k, List<Set<String>> r) {
        Map<String, Integer> wr = where(r);
        Map<Long, Integer> overlap = new HashMap<>();
        for (int i = 0; i < k.size(); i++)
            for (String m : k.get(i)) {
                Integer j = wr.get(m);
                if (j != null) overlap.merge(((long) i << 32) | j, 1, Integer::sum);
            }
        // union-find over key clusters (0..K-1) and response clusters (K..K+R-1)
        int[] parent = new int[k.size() + r.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (long e : overlap.keySet()) union(parent, (int) (e >>> 32), k.size() + (int) e);
        Map<Integer, List<Integer>> keysOf = new HashMap<>(), respOf = new HashMap<>();
        for (int i = 0; i < k.size(); i++) keysOf.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        for (int j = 0; j < r.size(); j++) respOf.computeIfAbsent(find(parent, k.size() + j), x -> new ArrayList<>()).add(j);
        double total = 0;
        for (var g : keysOf.entrySet()) {
            List<Integer> rows = g.getValue(), cols = respOf.get(g.getKey());
            if (cols == null) continue;
            double[][] s = new double[rows.size()][cols.size()];
            for (int a = 0; a < rows.size(); a++)
                for (int b = 0; b < cols.size(); b++) {
                    Integer n = overlap.get(((long) rows.get(a) << 32) | cols.get(b));
                    if (n != null) s[a][b] = 2.0 * n / (k.get(rows.get(a)).size() + r.get(cols.get(b)).size());
                }
            total += maxAssignment(s);
        }
        return total;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    /** Maximum-weight assignment of a rectangular matrix (Hungarian algorithm, O(n³)). */
    static double maxAssignment(double[][] w) {
        int rows = w.length, cols = w[0].length, n = Math.max(rows, cols);
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) cost[i + 1][j + 1] = -w[i][j];
        double[] u = new double[n + 1], v = new double[n + 1];
        int[] p = new int[n + 1], way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++)
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                    }
                for (int j = 0; j <= n; j++)
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
                j0 = j1;
            } while (p[j0] != 0);
            do { int j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0 != 0);
        }
        double total = 0;
        for (int j = 1; j <= n; j++) if (p[j] >= 1 && p[j] <= rows && j <= cols) total += w[p[j] - 1][j - 1];
        return total;
    }

    /** Convenience for tests: the assignment of a list of clusters. */
    static Map<String, String> assignment(Collection<List<String>> clusters) {
        Map<String, String> a = new LinkedHashMap<>();
        int i = 0;
        for (List<String> c : clusters) {
            for (String m : c) a.put(m, "c" + i);
            i++;
        }
        return a;
    }
}
