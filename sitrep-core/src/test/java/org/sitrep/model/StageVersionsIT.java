package org.sitrep.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.json.StandoffJson;
import org.sitrep.link.Dispute;
import org.sitrep.link.Happening;
import org.sitrep.link.IncrementalLinker;
import org.sitrep.link.Linker;
import org.sitrep.link.OutletRegistry;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.read.ArticleReader;

/**
 * Recomputes each standard stage's output fingerprint on the fixed documents (examples/ and
 * src/test/resources/fingerprint/) and fails when it differs from the one recorded for the stage's current version
 * in {@link StageVersions#RESOURCE}, naming the line to append. Stages run one after the other so each one's output
 * is hashed on its own: the layers it produces, with every stage version left out (the version holds the hash).
 */
class StageVersionsIT {
    private static final Path RESOURCE = Path.of("src/main/resources/org/sitrep/model", StageVersions.RESOURCE);
    private static List<Stage> stages;
    private static final Map<String, String> actual = new LinkedHashMap<>();
    private static List<String> linked;
    private static String linkFingerprint;

    @BeforeAll
    static void fingerprint() throws Exception {
        List<Path> inputs = new ArrayList<>(List.of(Path.of("../examples")));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fingerprint"))) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
        }
        List<Article> articles = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ArticleReader.defaults().read(inputs, articles::add, f -> failures.add(f.toString()));
        assertThat(failures).as("every fixed document reads").isEmpty();
        assertThat(articles).as("the examples and test articles").hasSizeGreaterThanOrEqualTo(10);
        articles.sort(Comparator.comparing(a -> a.id().value()));

        stages = Analyzer.standard().pipeline().stages();
        Map<String, MessageDigest> digests = new HashMap<>();
        for (Stage s : stages) digests.put(s.name(), sha256());
        Linker linker = new Linker(OutletRegistry.standard());
        for (Article article : articles) {
            Doc doc = Doc.of(article);
            for (Stage stage : stages) {
                doc = stage.apply(doc);
                ObjectNode layers = (ObjectNode) StandoffJson.toTree(doc).get("layers");
                List<String> names = stage.produces().stream().map(Layer::name).sorted().toList();
                MessageDigest d = digests.get(stage.name());
                d.update(article.id().value().getBytes(StandardCharsets.UTF_8));
                for (String name : names) {
                    JsonNode layer = layers.path(name);
                    withoutVersions(layer);
                    d.update(name.getBytes(StandardCharsets.UTF_8));
                    d.update(layer.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            linker.add(doc);
        }
        for (Stage s : stages)
            actual.put(s.name(), HexFormat.of().formatHex(digests.get(s.name()).digest()).substring(0, 8));
        linked = linkLines(linker.happenings(), linker.disputes());
        MessageDigest links = sha256();
        for (String line : linked) links.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        linkFingerprint = HexFormat.of().formatHex(links.digest()).substring(0, 8);
    }

    /** Linking's output as lines: each happening with its summary and members, each dispute with its reason. */
    private static List<String> linkLines(List<Happening> happenings, List<Dispute> disputes) {
        List<String> out = new ArrayList<>();
        for (Happening h : happenings)
            out.add("H " + h.id() + " " + h.family() + " " + h.about() + " " + h.from() + ".." + h.to() + " "
                    + h.originals() + " " + h.members().stream().map(r -> r.key() + "/" + r.copyOf()).toList());
        for (Dispute d : disputes)
            out.add("D " + d.kind() + " " + d.happening() + " " + d.first().key() + " " + d.second().key() + " " + d.reason());
        return out;
    }

    /**
     * Linking across articles is no pipeline stage but its stored output (a ledger's happenings and disputes) is
     * versioned the same way: stage {@code link}, its fingerprint over the fixed documents linked together.
     */
    @Test
    void linkingOutputMatchesTheFingerprintRecordedForItsVersion() {
        assertThat(linked).as("the fixed documents make happenings and disputes to fingerprint")
                .anyMatch(l -> l.startsWith("H ")).anyMatch(l -> l.startsWith("D "));
        String version = IncrementalLinker.VERSION, recorded = version.substring(0, version.indexOf('+'));
        String fingerprint = version.substring(version.indexOf('+') + 1);
        assertThat(linkFingerprint).as("linking gives other output than its version " + recorded + " recorded ("
                + fingerprint + "). If the change is meant, append this line to " + RESOURCE + ":\n    link\t"
                + (Integer.parseInt(recorded) + 1) + "\t" + linkFingerprint).isEqualTo(fingerprint);
    }

    @Test
    void everyStageOutputMatchesTheFingerprintRecordedForItsVersion() {
        List<String> problems = new ArrayList<>();
        for (Stage stage : stages) {
            String version = stage.version();
            int plus = version.indexOf('+');
            String recordedVersion = plus < 0 ? version : version.substring(0, plus);
            StageVersions.Entry entry = StageVersions.history().stream()
                    .filter(e -> e.stage().equals(stage.name()) && e.version().equals(recordedVersion))
                    .reduce((a, b) -> b).orElse(null);
            String now = actual.get(stage.name());
            if (entry != null && entry.fingerprint().equals(now)) continue;
            if (plus >= 0) {
                int next = Integer.parseInt(recordedVersion) + 1;
                problems.add("Stage '" + stage.name() + "' (" + stage.getClass().getSimpleName() + ") gives other output"
                        + " than its version " + recordedVersion + " recorded (fingerprint " + entry.fingerprint()
                        + ", now " + now + "). If the change is meant, append this line to " + RESOURCE + ":\n    "
                        + stage.name() + "\t" + next + "\t" + now);
            } else {
                problems.add("Stage '" + stage.name() + "' (" + stage.getClass().getSimpleName() + ") version "
                        + version + (entry == null ? " is not recorded" : " was recorded with fingerprint "
                        + entry.fingerprint() + " but its output now hashes to " + now) + ". Give it a new version()"
                        + " (the store compares versions part by part, so make it greater) and append to " + RESOURCE
                        + ":\n    " + stage.name() + "\t<new version>\t" + now);
            }
        }
        assertThat(problems).as("stages whose output changed without a new version; a stage's output changes"
                + " when an earlier stage's does, so several lines may be needed").isEmpty();
    }

    private static void withoutVersions(JsonNode node) {
        if (node instanceof ObjectNode o) o.remove("stageVersion");
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) withoutVersions(it.next());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
