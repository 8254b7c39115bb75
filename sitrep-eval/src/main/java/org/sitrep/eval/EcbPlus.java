package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reader of ECB+ (Cybulska and Vossen 2014) in the standard cross-document event coreference setting: split by topic
 * (test 36–45; dev 2, 5, 12, 18, 21, 23, 34, 35; train the rest of 1–35), gold event mentions ({@code ACTION_*},
 * {@code NEG_ACTION_*}) whose first token lies in a validated sentence of {@code ECBplus_coreference_sentences.csv},
 * gold cluster = the CROSS_DOC_COREF note, else the INTRA_DOC_COREF chain, else a singleton. Mention ids are
 * {@code <doc>/<m_id>}, as {@code ../shared/tools/ecb-score} writes them.
 */
public final class EcbPlus {
    public static final Set<Integer> DEV = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

    /**
     * One gold event mention; {@code positions} are its words' indexes in the sentence's token list. {@code gold}
     * must never reach a system on the test split.
     */
    public record Mention(String id, String doc, int sentence, List<String> words, int firstToken,
                          List<Integer> positions, String gold) {}

    /** One document: every sentence's tokens (validated or not), in order. */
    public record Document(String id, int topic, Map<Integer, List<String>> sentences) {}

    /** A split: its documents and its gold mentions in a fixed order. */
    public record Corpus(List<Document> documents, List<Mention> mentions) {}

    private EcbPlus() {}

    /** The split's topics. */
    public static boolean inSplit(int topic, String split) {
        return switch (split) {
            case "test" -> topic >= 36 && topic <= 45;
            case "dev" -> DEV.contains(topic);
            case "train" -> topic >= 1 && topic <= 35 && !DEV.contains(topic);
            default -> throw new IllegalArgumentException("split must be train, dev or test; got " + split);
        };
    }

    /**
     * Reads one split from a folder that holds the topic folders, or one with an {@code ECB+} subfolder; the
     * validated-sentence CSV is looked for beside and inside that folder.
     */
    public static Corpus read(Path dir, String split) throws IOException {
        Path ecb = Files.isDirectory(dir.resolve("ECB+")) ? dir.resolve("ECB+") : dir;
        Path csv = Files.exists(ecb.resolveSibling("ECBplus_coreference_sentences.csv"))
                ? ecb.resolveSibling("ECBplus_coreference_sentences.csv") : ecb.resolve("ECBplus_coreference_sentences.csv");
        if (!Files.exists(csv))
            throw new IOException("ECBplus_coreference_sentences.csv not found beside or inside " + ecb
                    + ": without the validated sentences scores are not comparable with published ones");
        Map<String, Set<Integer>> validated = new HashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f.length < 3) continue;
            validated.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new TreeSet<>()).add(Integer.parseInt(f[2].strip()));
        }
        List<Document> docs = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Path> topics;
        try (Stream<Path> s = Files.list(ecb)) {
            topics = s.filter(p -> p.getFileName().toString().matches("\\d+") && Files.isDirectory(p))
                    .filter(p -> inSplit(Integer.parseInt(p.getFileName().toString()), split))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()))).toList();
        }
        for (Path t : topics) {
            List<Path> files;
            try (Stream<Path> s = Files.list(t)) {
                files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
            for (Path f : files) readDoc(f, validated, docs, mentions);
        }
        Comparator<Mention> order = Comparator.comparingInt((Mention m) -> Integer.parseInt(m.doc().split("_")[0]))
                .thenComparing(m -> m.doc().contains("plus")).thenComparing(Mention::doc)
                .thenComparingInt(Mention::sentence).thenComparingInt(Mention::firstToken);
        mentions.sort(order);
        return new Corpus(docs, mentions);
    }

    private static void readDoc(Path file, Map<String, Set<Integer>> validated, List<Document> docs,
                                List<Mention> out) throws IOException {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            var f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
        Map<Integer, int[]> tokens = new HashMap<>();
        Map<Integer, String> text = new HashMap<>();
        Map<Integer, List<String>> sentences = new TreeMap<>();
        NodeList toks = root.getElementsByTagName("token");
        for (int i = 0; i < toks.getLength(); i++) {
            Element t = (Element) toks.item(i);
            int id = Integer.parseInt(t.getAttribute("t_id"));
            int s = Integer.parseInt(t.getAttribute("sentence"));
            List<String> sentence = sentences.computeIfAbsent(s, k -> new ArrayList<>());
            tokens.put(id, new int[]{s, sentence.size()});
            text.put(id, t.getTextContent());
            sentence.add(t.getTextContent());
        }
        docs.add(new Document(name, Integer.parseInt(name.split("_")[0]), sentences));
        Map<String, List<Integer>> markables = new LinkedHashMap<>();
        Map<String, String> tags = new HashMap<>();
        for (Node n : children(root, "Markables")) {
            Element m = (Element) n;
            if (m.hasAttribute("TAG_DESCRIPTOR") || m.hasAttribute("RELATED_TO")) continue;
            List<Integer> ids = new ArrayList<>();
            NodeList anchors = m.getElementsByTagName("token_anchor");
            for (int i = 0; i < anchors.getLength(); i++) ids.add(Integer.parseInt(((Element) anchors.item(i)).getAttribute("t_id")));
            markables.put(m.getAttribute("m_id"), ids);
            tags.put(m.getAttribute("m_id"), m.getTagName());
        }
        Map<String, String> cross = new HashMap<>(), intra = new HashMap<>();
        for (Node n : children(root, "Relations")) {
            Element r = (Element) n;
            NodeList sources = r.getElementsByTagName("source");
            for (int i = 0; i < sources.getLength(); i++) {
                String s = ((Element) sources.item(i)).getAttribute("m_id");
                if (r.getTagName().equals("CROSS_DOC_COREF")) cross.put(s, r.getAttribute("note"));
                else if (r.getTagName().equals("INTRA_DOC_COREF")) intra.put(s, "INTRA_" + r.getAttribute("r_id") + "_" + name);
            }
        }
        Set<Integer> ok = validated.getOrDefault(name, Set.of());
        for (var e : markables.entrySet()) {
            String tag = tags.get(e.getKey());
            List<Integer> ids = e.getValue();
            if (ids.isEmpty() || !(tag.startsWith("ACTION") || tag.startsWith("NEG_ACTION"))) continue;
            int sentence = tokens.get(ids.get(0))[0];
            if (!ok.contains(sentence)) continue;
            String gold = cross.containsKey(e.getKey()) ? cross.get(e.getKey())
                    : intra.getOrDefault(e.getKey(), "Singleton_" + e.getKey() + "_" + name);
            out.add(new Mention(name + "/" + e.getKey(), name, sentence, ids.stream().map(text::get).toList(),
                    ids.stream().mapToInt(Integer::intValue).min().orElse(0),
                    ids.stream().filter(i -> tokens.get(i)[0] == sentence).map(i -> tokens.get(i)[1]).toList(), gold));
        }
    }

    private static List<Node> children(Element root, String container) {
        List<Node> out = new ArrayList<>();
        NodeList c = root.getElementsByTagName(container);
        if (c.getLength() == 0) return out;
        NodeList kids = c.item(0).getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) if (kids.item(i) instanceof Element) out.add(kids.item(i));
        return out;
    }
}
