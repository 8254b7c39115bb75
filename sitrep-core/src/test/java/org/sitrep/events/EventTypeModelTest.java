package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PloverType;

class EventTypeModelTest {
    private static final EventTypeModel MODEL = new EventTypeModel(List.of(PloverType.AGREE, PloverType.FIGHT),
            Map.of("bias", new double[] {0.1, -0.1}, "lemma=attack", new double[] {-2, 2}, "tiny", new double[] {0, 1e-6}),
            "trained on two records\nlicence: test");

    private static EventTypeModel read(String text) throws IOException {
        return EventTypeModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void classifiesByTheSummedWeightsAndIgnoresUnknownFeatures() {
        assertThat(MODEL.classify(List.of("bias", "lemma=attack", "never seen")).type()).isEqualTo(PloverType.FIGHT);
        EventTypeModel.Prediction p = MODEL.classify(List.of("bias"));
        assertThat(p.type()).isEqualTo(PloverType.AGREE);
        assertThat(p.probability()).isBetween(0.5, 0.6);
    }

    @Test
    void survivesWritingAndReadingWithItsProvenance() throws IOException {
        StringWriter w = new StringWriter();
        MODEL.write(w);
        assertThat(w.toString()).doesNotContain("tiny"); // all weights round to zero
        EventTypeModel back = read(w.toString());
        assertThat(back.provenance()).isEqualTo("trained on two records\nlicence: test");
        assertThat(back.labels()).containsExactly(PloverType.AGREE, PloverType.FIGHT);
        assertThat(back.classify(List.of("bias", "lemma=attack")).probability())
                .isCloseTo(MODEL.classify(List.of("bias", "lemma=attack")).probability(), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aMalformedFileSaysWhereItIsWrong() {
        assertThatThrownBy(() -> read("labels\tAGREE\tFIGHT\nbias\t1\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> read("bias\t1\t2\n")).isInstanceOf(IOException.class).hasMessageContaining("labels");
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class);
    }

    @Test
    void theBundledModelNamesItsDataAndLicence() {
        EventTypeModel m = EventTypeModel.standard().orElseThrow();
        assertThat(m.provenance()).contains("plover_gsr_dev.jsonl").contains("CC BY-SA 4.0").contains("sitrep train events");
        assertThat(m.labels()).contains(PloverType.AGREE, PloverType.FIGHT, PloverType.DEMAND);
    }
}
