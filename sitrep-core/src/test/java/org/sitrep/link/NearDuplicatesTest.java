package org.sitrep.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String WIRE = "KYIV, March 10 (Meridian Wire) - Ukraine's military on Tuesday denied a Russian "
            + "claim that Moscow's forces had captured the village of Predtechyne in eastern Ukraine's Donetsk region, "
            + "saying its troops still held the settlement. Russia's Defence Ministry said earlier in the day that its "
            + "Southern group of forces had liberated the village, which lies about 5 km south-east of the city. "
            + "A spokesman said Russian assault groups had tried to enter the village from the east several times "
            + "since Sunday and had been pushed back. The wire service could not independently verify either side's reports.";
    private static final String OTHER = "The head of the regional military administration said four civilians were killed "
            + "and eleven wounded when a guided aerial bomb hit a residential area of the city on Monday evening. He said "
            + "a five-storey apartment block and a nearby pharmacy were damaged, and rescuers worked through the night.";

    @Test
    void aReprintWithAnEditedDatelineAndTailIsACopyOfTheEarlierArticle() {
        String reprint = "Ukraine denies capture of village (Meridian Wire). " + WIRE.replace("KYIV, March 10 (Meridian Wire) - ", "")
                + " Follow our live coverage.";
        NearDuplicates d = new NearDuplicates();
        assertThat(d.add("wire", LocalDate.of(2026, 3, 10), WIRE)).isEqualTo("wire");
        assertThat(d.add("reprint", LocalDate.of(2026, 3, 11), reprint)).isEqualTo("wire");
        assertThat(d.add("other", LocalDate.of(2026, 3, 10), OTHER)).isEqualTo("other");
        assertThat(d.groups()).containsOnlyKeys("wire");
        assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(reprint))).isGreaterThan(0.7);
        assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(OTHER))).isLessThan(0.1);
    }

    @Test
    void theSameArticlesInAnyOrderGiveTheSameGroups() {
        List<String[]> docs = new ArrayList<>();
        docs.add(new String[]{"a", "2026-03-10", WIRE});
        docs.add(new String[]{"b", "2026-03-11", WIRE + " Updated with a correction."});
        docs.add(new String[]{"c", "2026-03-09", "Story. " + WIRE});
        docs.add(new String[]{"d", "2026-03-10", OTHER});
        docs.add(new String[]{"e", "2026-03-12", OTHER.replace("Monday", "Sunday")});
        docs.add(new String[]{"f", "2026-03-12", "Short text."});
        Object first = null;
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(docs, random);
            NearDuplicates d = new NearDuplicates();
            for (String[] x : docs) d.add(x[0], LocalDate.parse(x[1]), x[2]);
            if (first == null) first = d.groups();
            assertThat(d.groups()).isEqualTo(first);
        }
        assertThat(first).isEqualTo(java.util.Map.of("c", List.of("c", "a", "b"), "d", List.of("d", "e")));
    }

    private static final String LIVE = "Live updates. The regional governor said on Tuesday that a drone hit a grain "
            + "terminal near the port overnight and started a fire that burned for three hours before it was put out. "
            + "Firefighters from two neighbouring districts were called in. In other news, the parliament approved a "
            + "bill on the mobilisation of reservists after a debate that lasted most of the day; opposition deputies "
            + "said the bill gave the ministry too much power over deferments. ";
    private static final String FOOTER = " Sign up for our morning briefing: the stories that matter, explained by our "
            + "correspondents, in your inbox before breakfast every weekday, free of charge.";

    @Test
    void aStoryPrintedInsideALongerPageWithinDaysIsACopyNotMonthsLaterNorAFooter() {
        String page = LIVE + OTHER + WIRE;
        assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(page))).isLessThan(0.6);
        NearDuplicates d = new NearDuplicates();
        d.add("wire", LocalDate.of(2026, 3, 10), WIRE);
        assertThat(d.add("live", LocalDate.of(2026, 3, 11), page)).isEqualTo("wire");
        // two pages of one site sharing only their footer
        d.add("p1", LocalDate.of(2026, 1, 5), OTHER + FOOTER);
        assertThat(d.add("p2", LocalDate.of(2026, 1, 6), LIVE + FOOTER)).isEqualTo("p2");
        assertThat(d.groups()).isEqualTo(java.util.Map.of("wire", List.of("wire", "live")));
        // the same page a month and more after the story is no reprint of it
        NearDuplicates later = new NearDuplicates();
        later.add("wire", LocalDate.of(2026, 3, 10), WIRE);
        assertThat(later.add("later", LocalDate.of(2026, 4, 20), page)).isEqualTo("later");
    }

    @Test
    void oneSentencePrintedTwiceIsOnePassageEvenEditedOrCut() {
        String wire = "Ukraine has stepped up strikes on Russian supply depots deep inside Moscow-controlled territory "
                + "in recent weeks, officials said.";
        long[] a = NearDuplicates.passage(wire);
        assertThat(NearDuplicates.samePassage(a, NearDuplicates.passage(wire.replace("Moscow-controlled", "Russian-held"))))
                .isTrue();
        assertThat(NearDuplicates.samePassage(a, NearDuplicates.passage("Kyiv, August 17. " + wire.replace(", officials said", ""))))
                .isTrue();
        assertThat(NearDuplicates.samePassage(a, NearDuplicates.passage("Officials said Ukraine had not claimed the strikes "
                + "on depots in Crimea, though senior officers hinted at it."))).isFalse();
        // a stock phrase is too short to tell a reprint from two reporters writing alike
        assertThat(NearDuplicates.passage("Russia invaded Ukraine in February 2022.")).isEmpty();
    }

    @Test
    void emptyAndOddInputDoNotThrow() {
        NearDuplicates d = new NearDuplicates();
        assertThat(d.add("x", null, "")).isEqualTo("x");
        assertThat(d.add("y", null, null)).isEqualTo("y");
        assertThat(d.add("x", null, "again")).isEqualTo("x");
        assertThat(d.original("never-added")).isEqualTo("never-added");
        assertThat(MinHash.signature("\u0000\uFFFF ✓")).hasSize(MinHash.SIZE);
    }
}
