package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkingEvaluationTest {
    /** Two earthquakes told in one document group: four reports of one in Velmora in 2011, four of one in Tarsk in 2015. */
    private static List<EcbPlus.Document> twoQuakes() {
        List<EcbPlus.Document> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++)
            docs.add(doc("1_" + i + "a", "A strong earthquake struck Velmora on Tuesday , killing 12 people in 2011 .",
                    "Rescuers in Velmora searched the rubble , the Red Cross said ."));
        for (int i = 0; i < 4; i++)
            docs.add(doc("1_" + i + "b", "A strong earthquake struck Tarsk on Friday , killing 40 people in 2015 .",
                    "Rescuers in Tarsk searched the rubble , Governor Olenko said ."));
        return docs;
    }

    private static Map<String, String> oneGroup(List<EcbPlus.Document> docs) {
        Map<String, String> g = new LinkedHashMap<>();
        for (EcbPlus.Document d : docs) g.put(d.id(), "g0");
        return g;
    }

    @Test
    void aGroupSplitsWhereTheDocumentsNamesAndDatesClash() {
        List<EcbPlus.Document> docs = twoQuakes();
        Map<String, String> split = LinkingEvaluation.splitByAnchors(docs, oneGroup(docs), 0.2, 4);
        assertThat(split.values().stream().distinct().count()).isEqualTo(2);
        for (int i = 1; i < 4; i++) {
            assertThat(split.get("1_" + i + "a")).isEqualTo(split.get("1_0a"));
            assertThat(split.get("1_" + i + "b")).isEqualTo(split.get("1_0b"));
        }
        assertThat(split.get("1_0a")).isNotEqualTo(split.get("1_0b"));
        // NaN keeps the groups as they are
        assertThat(LinkingEvaluation.splitByAnchors(docs, oneGroup(docs), Double.NaN, 4).values()).containsOnly("g0");
    }

    @Test
    void aPartTooSmallRejoinsThePartItSharesMostAnchorsWith() {
        List<EcbPlus.Document> docs = twoQuakes();
        // a fifth Velmora report naming nothing else the others name but the town
        docs.add(doc("1_9a", "Aid reached Velmora and Kessin on Sunday , the Ministry said ."));
        Map<String, String> split = LinkingEvaluation.splitByAnchors(docs, oneGroup(docs), 0.2, 4);
        assertThat(split.values().stream().distinct().count()).isEqualTo(2);
        assertThat(split.get("1_9a")).isEqualTo(split.get("1_0a"));
        // parts of fewer than 5 documents all rejoin: the group stays whole
        assertThat(LinkingEvaluation.splitByAnchors(docs, oneGroup(docs), 0.2, 6).values().stream().distinct().count())
                .isEqualTo(1);
    }

    @Test
    void aDocumentLeftAloneJoinsTheGroupItIsMostLikeAboveTheLonerThreshold() {
        // documents 0-1 and 2-3 are groups; 4 is a little like both, more like 2-3; 5 is like nothing
        double[][] sim = new double[6][6];
        sim[0][1] = sim[1][0] = sim[2][3] = sim[3][2] = 0.5;
        sim[4][0] = sim[0][4] = 0.08;
        sim[4][2] = sim[2][4] = sim[4][3] = sim[3][4] = 0.12;
        sim[5][0] = sim[0][5] = 0.03;
        List<List<Integer>> groups = List.of(List.of(0, 1), List.of(2, 3), List.of(4), List.of(5));
        assertThat(LinkingEvaluation.attachLoners(sim, groups, 0.1)).containsExactly(List.of(0, 1), List.of(2, 3, 4), List.of(5));
        // below the threshold it stays alone
        assertThat(LinkingEvaluation.attachLoners(sim, groups, 0.15)).hasSize(4);
    }

    @Test
    void anchorsAreNamesFiguresAndDatesNotTheFirstWord() {
        assertThat(LinkingEvaluation.anchors(words("Police said the quake in Velmora on Tuesday killed 12 in 2011 ; a 7 .")))
                .containsExactly("velmora", "tuesday", "12", "2011");
    }

    private static EcbPlus.Document doc(String id, String... sentences) {
        Map<Integer, List<String>> s = new LinkedHashMap<>();
        for (int i = 0; i < sentences.length; i++) s.put(i, words(sentences[i]));
        return new EcbPlus.Document(id, 1, s);
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }
}
