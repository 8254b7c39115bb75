package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.Stage;
import org.sitrep.testkit.TestDocs;

class PipelineTest {
    record FakeStage(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, UnaryOperator<Doc> body)
            implements Stage {
        public String version() { return "1"; }
        public Doc apply(Doc doc) { return body.apply(doc); }
    }

    private static final Stage ENTITIES = new FakeStage("entities", Set.of(Layer.TOKENS), Set.of(Layer.ENTITIES),
            d -> d.with(Layer.ENTITIES, List.of(new EntityMention(new Span(0, 4), "COUNTRY", 1))));

    @Test
    void refusesAStageWhoseInputsNoEarlierStageProduces() {
        assertThatThrownBy(() -> Pipeline.of(ENTITIES))
                .hasMessageContaining("'entities' requires [tokens]").hasMessageContaining("produce only []");
    }

    @Test
    void runsStagesInOrderWithoutTouchingTheInput() {
        Stage tokens = new FakeStage("tokens", Set.of(), Set.of(Layer.TOKENS), d -> d.with(Layer.TOKENS, List.of()));
        Doc input = Doc.of(TestDocs.article("Kyiv said."));
        Doc out = Pipeline.of(tokens, ENTITIES).apply(input);
        assertThat(out.get(Layer.ENTITIES)).extracting(EntityMention::kind).containsExactly("COUNTRY");
        assertThat(input.has(Layer.ENTITIES)).isFalse();
    }

    @Test
    void catchesAStageThatBreaksItsPromise() {
        Stage liar = new FakeStage("liar", Set.of(), Set.of(Layer.TOKENS), d -> d);
        assertThatThrownBy(() -> Pipeline.of(liar).apply(Doc.of(TestDocs.article("x"))))
                .hasMessageContaining("'liar' declared it produces 'tokens'");
    }

    @Test
    void refusesDuplicateStageNames() {
        Stage a = new FakeStage("a", Set.of(), Set.of(), d -> d);
        assertThatThrownBy(() -> Pipeline.of(a, a)).hasMessageContaining("appears twice");
    }
}
