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
    void theDenseClassifierReadsTheVectorsWhereTheFeaturesAreAlike() {
        List<EventTypeTrainer.Example> same = List.of(
                new EventTypeTrainer.Example(List.of("bias", "lemma=say"), new float[] {1, 0.1f}, PloverType.DEMAND),
                new EventTypeTrainer.Example(List.of("bias", "lemma=say"), new float[] {0.9f, 0}, PloverType.DEMAND),
                new EventTypeTrainer.Example(List.of("bias", "lemma=say"), new float[] {0, 1}, PloverType.REJECT),
                new EventTypeTrainer.Example(List.of("bias", "lemma=say"), new float[] {0.1f, 0.8f}, PloverType.REJECT));
        EventTypeTrainer.Classifier m = EventTypeTrainer.trainDense(same, 10, 4);
        assertThat(m.classify(List.of("bias", "lemma=say"), new float[] {1, 0.2f}).type()).isEqualTo(PloverType.DEMAND);
        assertThat(m.classify(List.of("bias", "lemma=say", "unseen"), new float[] {0.2f, 1}).type()).isEqualTo(PloverType.REJECT);
        // without vectors the records are alike: the sparse model cannot tell them apart
        EventTypeModel sparse = EventTypeTrainer.train(
                same.stream().map(e -> new EventTypeTrainer.Example(e.features(), e.type())).toList(), 10, "");
        assertThat(sparse.classify(List.of("bias", "lemma=say")).probability()).isLessThan(0.6);
        assertThatThrownBy(() -> EventTypeTrainer.train(same, 10, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNoExamples() {
        assertThatThrownBy(() -> EventTypeTrainer.train(List.of(), 1, "")).isInstanceOf(IllegalArgumentException.class);
    }
}
