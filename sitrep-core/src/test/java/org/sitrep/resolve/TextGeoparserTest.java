package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitrep.model.FeatureKind;

class TextGeoparserTest {
    private static final TextGeoparser PARSER = new TextGeoparser(Gazetteer.global());

    @Test
    void findsAMisspelledTownAfterALocativeCue() {
        String text = "Residential blocks were hit near Lysyschans'k overnight.";
        List<PlaceSpanResolver.Resolved> found = PARSER.parse(text, Set.of());
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.entry().name()).isEqualTo("Lysychansk");
            assertThat(r.span().of(text)).isEqualTo("Lysyschans'k");
        });
    }

    @Test
    void ordinaryCapitalizedWordsAreNotPlaces() {
        String text = "Damage to the City Hospital and the Metro station in Kharkiv after shelling";
        assertThat(PARSER.parse(text, Set.of())).extracting(r -> r.entry().name()).containsExactly("Kharkiv");
    }

    @Test
    void aRegionPhraseBecomesTheOblast() {
        String text = "Columns were filmed moving through Kharkiv Oblast towards Izium.";
        List<PlaceSpanResolver.Resolved> found = PARSER.parse(text, Set.of());
        assertThat(found).hasSize(2);
        assertThat(found.get(0).entry().kind()).isEqualTo(FeatureKind.ADMIN1);
        assertThat(found.get(0).span().of(text)).isEqualTo("Kharkiv Oblast");
        assertThat(found.get(1).entry().country()).isEqualTo("UA");
        assertThat(found.get(1).entry().kmTo(49.21, 37.26)).as("Izium").isLessThan(10);
    }

    @Test
    void emptyTextFindsNothing() {
        assertThat(PARSER.parse("", Set.of())).isEmpty();
        assertThat(PARSER.parse("no capitals here at all", Set.of("UA"))).isEmpty();
    }

    @Property(tries = 200)
    void anyTextParsesWithSpansInside(@ForAll String text) {
        for (PlaceSpanResolver.Resolved r : PARSER.parse(text, Set.of("UA"))) {
            assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(r.confidence()).isBetween(0.0, 1.0);
        }
    }
}
