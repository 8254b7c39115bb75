package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MentionPairsTest {
    @Test
    void argumentsAreNamesTimesAndFiguresOutsideTheTrigger() {
        var a = MentionPairs.Args.of(words("An earthquake of magnitude 6.1 struck Lima on Monday in 2009 ."), List.of(1));
        assertThat(a.names()).containsExactly("lima");
        assertThat(a.times()).containsExactlyInAnyOrder("monday", "2009");
        assertThat(a.figures()).containsExactly("6.1");
        // the first word and a word after a quote are not names
        assertThat(MentionPairs.Args.of(words("Police said \" Nobody was hurt"), List.of()).names()).isEmpty();
    }

    @Test
    void averageLinkMergesOnlyWhileTheMeanProbabilityReachesTheThreshold() {
        List<EcbPlus.Mention> ms = List.of(mention("1_1", 0, "hit", 1, "x"), mention("1_2", 0, "hit", 1, "x"),
                mention("1_3", 0, "strike", 1, "x"));
        double[][] p = {{0, 0.9, 0.5}, {0.9, 0, 0.2}, {0.5, 0.2, 0}};
        List<double[][]> probabilities = new ArrayList<>();
        probabilities.add(p);
        var scored = new MentionPairs.Scored(List.of(ms), probabilities);
        // {1,2} at 0.9; then {1,2}+{3} has mean (0.5 + 0.2) / 2 = 0.35
        assertThat(distinct(MentionPairs.cluster(scored, 0.4))).isEqualTo(2);
        assertThat(distinct(MentionPairs.cluster(scored, 0.35))).isEqualTo(1);
        assertThat(distinct(MentionPairs.cluster(scored, 0.95))).isEqualTo(3);
    }

    @Test
    void aModelTrainedOnPairsLinksSameHeadsAndKeepsOthersApart() {
        // train: in each topic, the "quake" mentions of two documents are one event, the "arrest" one another
        List<EcbPlus.Document> docs = new ArrayList<>();
        List<EcbPlus.Mention> train = new ArrayList<>();
        for (int t = 1; t <= 4; t++)
            for (int d = 1; d <= 2; d++) {
                String doc = t + "_" + d;
                docs.add(doc(doc, t, "A strong quake shook Harlow town on Tuesday .", "Police made an arrest in Harlow later ."));
                train.add(new EcbPlus.Mention(doc + "/1", doc, 0, List.of("quake"), 3, List.of(2), "Q" + t));
                train.add(new EcbPlus.Mention(doc + "/2", doc, 1, List.of("arrest"), 4, List.of(3), "A" + t));
            }
        var model = MentionPairs.train(new EcbPlus.Corpus(docs, train), MentionVectors.none(), EnumSet.of(MentionPairs.Signal.LEX));
        List<EcbPlus.Document> testDocs = List.of(doc("9_1", 9, "A quake hit Corby .", "An arrest followed ."),
                doc("9_2", 9, "The quake hit Corby at noon .", "Officers made an arrest ."));
        List<EcbPlus.Mention> test = List.of(mention("9_1", 0, "quake", 1, "q"), mention("9_1", 1, "arrest", 1, "a"),
                mention("9_2", 0, "quake", 1, "q"), mention("9_2", 1, "arrest", 3, "a"));
        var cx = new MentionPairs.Context(new EcbPlus.Corpus(testDocs, test), MentionVectors.none());
        Map<String, String> clusters = MentionPairs.cluster(MentionPairs.score(cx, Map.of("9_1", "g", "9_2", "g"), model), 0.5);
        assertThat(clusters.get("9_1/quake0")).isEqualTo(clusters.get("9_2/quake0")).isNotEqualTo(clusters.get("9_1/arrest1"));
        assertThat(clusters.get("9_1/arrest1")).isEqualTo(clusters.get("9_2/arrest1"));
    }

    @Test
    void theAnchorSignalTellsTwoQuakesOfOneTopicApart() {
        // train: each topic has two quakes, one told by two documents naming Harlow and 2009, one by two naming Corby
        // and 2014; the heads alone cannot tell them apart
        List<EcbPlus.Document> docs = new ArrayList<>();
        List<EcbPlus.Mention> train = new ArrayList<>();
        for (int t = 1; t <= 4; t++)
            for (int d = 1; d <= 4; d++) {
                String doc = t + "_" + d, place = d <= 2 ? "Harlow" : "Corby", year = d <= 2 ? "2009" : "2014";
                docs.add(doc(doc, t, "A strong quake shook " + place + " in March " + year + " .", "Rescuers reached " + place + " ."));
                train.add(new EcbPlus.Mention(doc + "/1", doc, 0, List.of("quake"), 2, List.of(2), "Q" + t + place));
            }
        var model = MentionPairs.train(new EcbPlus.Corpus(docs, train), MentionVectors.none(), EnumSet.of(MentionPairs.Signal.ANCHOR));
        List<EcbPlus.Document> testDocs = List.of(doc("9_1", 9, "The quake hit Selby in June 2011 ."),
                doc("9_2", 9, "A quake struck Selby in June 2011 ."), doc("9_3", 9, "A quake struck Wexton in May 2016 ."));
        List<EcbPlus.Mention> test = List.of(mention("9_1", 0, "quake", 1, "a"), mention("9_2", 0, "quake", 1, "a"),
                mention("9_3", 0, "quake", 1, "b"));
        var cx = new MentionPairs.Context(new EcbPlus.Corpus(testDocs, test), MentionVectors.none());
        Map<String, String> clusters = MentionPairs.cluster(MentionPairs.score(cx, Map.of("9_1", "g", "9_2", "g", "9_3", "g"),
                model), 0.5);
        assertThat(clusters.get("9_1/quake0")).isEqualTo(clusters.get("9_2/quake0")).isNotEqualTo(clusters.get("9_3/quake0"));
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private static EcbPlus.Document doc(String id, int topic, String... sentences) {
        Map<Integer, List<String>> s = new TreeMap<>();
        for (int i = 0; i < sentences.length; i++) s.put(i, words(sentences[i]));
        return new EcbPlus.Document(id, topic, s);
    }

    /** A one-word mention at {@code position} of its sentence. */
    private static EcbPlus.Mention mention(String doc, int sentence, String word, int position, String gold) {
        return new EcbPlus.Mention(doc + "/" + word + sentence, doc, sentence, List.of(word), 0, List.of(position), gold);
    }

    private static long distinct(Map<String, String> clusters) {
        return clusters.values().stream().distinct().count();
    }
}
