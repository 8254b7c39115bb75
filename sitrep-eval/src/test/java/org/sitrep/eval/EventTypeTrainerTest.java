package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.EventTypeModel;
import org.sitrep.model.PloverType;

class EventTypeTrainerTest {
    private static EventTypeTrainer.Example ex(PloverType t, String... f) {
        return new EventTypeTrainer.Example(List.of(f), t);
    }

    private static final List<EventTypeTrainer.Example> EXAMPLES = List.of(
            ex(PloverType.FIGHT, "bias", "lemma=attack"), ex(PloverType.FIGHT, "bias", "lemma=shell"),
            ex(PloverType.FIGHT, "bias", "lemma=attack", "obj=town"), ex(PloverType.AGREE, "bias", "lemma=agree"),
            ex(PloverType.AGREE, "bias", "modal=will", "lemma=meet"), ex(PloverType.DEMAND, "bias", "modal=must"),
            ex(PloverType.DEMAND, "bias", "lemma=demand"));

    @Test
    void learnsTheTrainingRecordsAndKeepsProvenance() {
        EventTypeModel m = EventTypeTrainer.train(EXAMPLES, 10, "toy");
        assertThat(m.provenance()).isEqualTo("toy");
        assertThat(m.labels()).containsExactlyInAnyOrder(PloverType.FIGHT, PloverType.AGREE, PloverType.DEMAND);
        for (EventTypeTrainer.Example e : EXAMPLES) assertThat(m.classify(e.features()).type()).isEqualTo(e.type());
        assertThat(m.classify(List.of("bias", "lemma=attack")).probability()).isGreaterThan(0.4);
    }

    @Test
    void isDeterministicAndHandlesTwoTypes() {
        List<EventTypeTrainer.Example> two = EXAMPLES.subList(0, 5);
        EventTypeModel a = EventTypeTrainer.train(two, 1, ""), b = EventTypeTrainer.train(two, 1, "");
        assertThat(a.classify(List.of("bias", "lemma=agree"))).isEqualTo(b.classify(List.of("bias", "lemma=agree")));
        assertThat(a.classify(List.of("bias", "lemma=agree")).type()).isEqualTo(PloverType.AGREE);
        assertThat(a.classify(List.of("bias", "lemma=shell")).type()).isEqualTo(PloverType.FIGHT);
    }

    @Test
    void refusesNoExamples() {
        assertThatThrownBy(() -> EventTypeTrainer.train(List.of(), 1, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
