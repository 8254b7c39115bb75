package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.testkit.TestDocs;

class PlaceLayerJsonTest {
    @Test
    void thePlacesLayerRoundTripsThroughStandoffJson() {
        String text = "Fighting went on in the Kursk region.";
        int at = text.indexOf("Kursk");
        Doc doc = TestDocs.tokenized(text)
                .with(Layer.ENTITIES, List.of(new EntityMention(new Span(at, at + 5), "STATE_OR_PROVINCE", 0.9)));
        Doc resolved = new PlaceResolver().apply(doc);
        assertThat(resolved.get(Layer.PLACES)).hasSize(1);
        String json = StandoffJson.write(resolved);
        assertThat(json).contains("\"places\"", "\"featureKind\":\"ADMIN1\"");
        assertThat(StandoffJson.read(json)).isEqualTo(resolved);
    }
}
