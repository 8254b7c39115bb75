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
