package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/DECISIONS.md ("Packages and modules"), checked on the main sources of every module
 * (read from the checkout, comments and string literals left out): no import cycle between packages, imports only
 * along the package map, and the NLP libraries (CoreNLP, HeidelTime, UIMA) used only inside the adapter package
 * {@code org.sitrep.nlp}.
 * JDK only, model-free, well under a second.
 */
class PackageStructureTest {
    private static final String ADAPTER = "org.sitrep.nlp";
    private static final Pattern NLP_LIBRARY = Pattern.compile("\\b(edu\\.stanford\\.nlp|de\\.unihd\\.dbs|org\\.apache\\.uima)\\.");
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");
    /** A reference to a type of ours: lower-case package segments, then a capitalized type name. */
    private static final Pattern OUR_TYPE = Pattern.compile("\\b(org\\.sitrep(?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void noCycleBetweenPackages() {
        Map<String, Map<String, Path>> graph = dependencies(mainSources());
        assertThat(graph).as("packages found").containsKeys("org.sitrep.model", "org.sitrep.pipeline", "org.sitrep.eval");
        List<List<String>> cycles = cycles(graph);
        StringBuilder why = new StringBuilder();
        for (List<String> cycle : cycles) {
            why.append("\n  cycle ").append(cycle).append(':');
            for (String from : cycle)
                for (Map.Entry<String, Path> to : graph.get(from).entrySet())
                    if (cycle.contains(to.getKey()))
                        why.append("\n    ").append(from).append(" -> ").append(to.getKey()).append(" (e.g. ")
                                .append(to.getValue().getFileName()).append(')');
        }
        assertThat(cycles).as("package cycles (move a type so that dependencies point one way):%s", why).isEmpty();
    }

    /** The package map of docs/DECISIONS.md ("Packages and modules"): what each package may import of ours. */
    private static final Map<String, Set<String>> MAY_IMPORT = allowed();

    private static Map<String, Set<String>> allowed() {
        Set<String> core = Set.of("model", "json", "lexicon", "syntax", "read", "nlp", "encode", "resolve", "attribute",
                "attribute.internal", "events", "events.internal", "link", "pipeline");
        Set<String> evaluation = Set.of("eval", "attribute.brat", "attribute.corpus", "attribute.train");
        Map<String, Set<String>> m = new TreeMap<>();
        m.put("model", Set.of());
        m.put("json", Set.of("model", "link"));
        m.put("lexicon", Set.of("model"));
        m.put("syntax", Set.of("model"));
        m.put("read", Set.of("model", "json"));
        m.put("nlp", Set.of("model"));
        m.put("encode", Set.of("model"));
        m.put("resolve", Set.of("model", "lexicon"));
        for (String p : List.of("attribute", "attribute.internal"))
            m.put(p, Set.of("model", "lexicon", "syntax", "encode", "attribute", "attribute.internal"));
        for (String p : List.of("events", "events.internal"))
            m.put(p, Set.of("model", "lexicon", "syntax", "resolve", "events", "events.internal"));
        m.put("link", Set.of("model", "resolve"));
        m.put("pipeline", Set.of("model", "nlp", "resolve", "attribute", "events", "link"));
        m.put("store", Set.of("model", "json", "attribute", "link"));
        m.put("server", Set.of("model", "json", "read", "pipeline", "store", "link"));
        Set<String> evalMay = new TreeSet<>(core);
        evalMay.addAll(evaluation);
        for (String p : evaluation) m.put(p, evalMay);
        m.put("cli", null); // anything
        return m;
    }

    @Test
    void importsFollowThePackageMap() {
        Map<String, Map<String, Path>> graph = dependencies(mainSources());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<String, Path>> e : graph.entrySet()) {
            String from = e.getKey().replaceFirst("^org\\.sitrep\\.", "");
            if (!MAY_IMPORT.containsKey(from)) {
                wrong.add(e.getKey() + " is not in the package map");
                continue;
            }
            Set<String> may = MAY_IMPORT.get(from);
            if (may == null) continue;
            for (Map.Entry<String, Path> to : e.getValue().entrySet()) {
                String target = to.getKey().replaceFirst("^org\\.sitrep\\.", "");
                if (!may.contains(target))
                    wrong.add(e.getKey() + " -> " + to.getKey() + " (e.g. " + to.getValue().getFileName() + ")");
            }
        }
        assertThat(wrong).as("imports outside the package map (docs/DECISIONS.md, 'Packages and modules'; change "
                + "both together)").isEmpty();
    }

    @Test
    void nlpLibrariesOnlyInTheAdapter() {
        List<String> outside = new ArrayList<>();
        for (Path file : mainSources()) {
            String code = code(file);
            if (NLP_LIBRARY.matcher(code).find() && !packageOf(code).equals(ADAPTER)) outside.add(file.toString());
        }
        assertThat(outside).as("files outside %s that use CoreNLP/HeidelTime/UIMA (go through the adapter)", ADAPTER)
                .isEmpty();
    }

    @Test
    void theCheckFindsACycleAndIgnoresComments() {
        Map<String, Map<String, Path>> graph = new TreeMap<>();
        graph.put("a", Map.of("b", Path.of("A.java")));
        graph.put("b", Map.of("c", Path.of("B.java")));
        graph.put("c", Map.of("a", Path.of("C.java")));
        graph.put("d", Map.of("a", Path.of("D.java")));
        assertThat(cycles(graph)).containsExactly(List.of("a", "b", "c"));

        String src = "package org.sitrep.x;\n/** see {@link org.sitrep.y.Y} */\nclass X { String s = \"org.sitrep.z.Z\"; "
                + "// org.sitrep.w.W\n org.sitrep.v.V v; char c = '\"'; }";
        assertThat(referencedPackages(stripCommentsAndStrings(src))).containsExactly("org.sitrep.v");
    }

    /** Every {@code src/main/java} file of every module of this checkout. */
    private static List<Path> mainSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("the checkout's root pom beside this module").exists();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                Path src = module.resolve("src/main/java");
                if (!Files.isDirectory(src)) continue;
                try (Stream<Path> walk = Files.walk(src)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(files).as("main sources").hasSizeGreaterThan(50);
        return files;
    }

    /** Package → packages it uses → one file that shows it. */
    private static Map<String, Map<String, Path>> dependencies(List<Path> files) {
        Map<String, Map<String, Path>> graph = new TreeMap<>();
        for (Path file : files) {
            String code = code(file);
            String from = packageOf(code);
            Map<String, Path> to = graph.computeIfAbsent(from, k -> new TreeMap<>());
            for (String p : referencedPackages(code)) if (!p.equals(from)) to.putIfAbsent(p, file);
        }
        return graph;
    }

    private static Set<String> referencedPackages(String code) {
        Set<String> out = new TreeSet<>();
        Matcher m = OUR_TYPE.matcher(code);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static String code(Path file) {
        try {
            return stripCommentsAndStrings(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(String code) {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? m.group(1) : "";
    }

    /** The source with comments, string, text-block and char literals blanked out. */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c) i += s.charAt(i) == '\\' ? 2 : 1;
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted, in sorted order. */
    static List<List<String>> cycles(Map<String, Map<String, Path>> graph) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet())
            if (!index.containsKey(v)) connect(v, graph, index, low, stack, onStack, out, counter);
        out.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return out;
    }

    private static void connect(String v, Map<String, Map<String, Path>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Map.of()).keySet()) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                out.add(component);
            }
        }
    }
}
