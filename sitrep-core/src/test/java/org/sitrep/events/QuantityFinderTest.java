package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.events.internal.Parse;
import org.sitrep.model.Doc;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;

class QuantityFinderTest {
    private static List<Quantity> find(Parsed p) {
        Doc doc = p.doc();
        Parse parse = new Parse(doc);
        return QuantityFinder.find(parse, 0, parse.size(), List.of(), p.evidence());
    }

    @Test
    void boundsAndWholes() {
        Parsed p = Parsed.of("more than 30 soldiers and up to 210 servicemen and six of 13 drones and about 11,000 troops",
                "more JJR more 3 advmod", "than IN than 1 fixed", "30 CD 30 4 nummod", "soldiers NNS soldier 0 root",
                "and CC and 8 cc", "up RB up 7 advmod", "to TO to 6 fixed", "210 CD 210 8 nummod",
                "servicemen NNS serviceman 4 conj", "and CC and 10 cc", "six CD six 4 conj", "of IN of 13 case",
                "13 CD 13 13 nummod", "drones NNS drone 10 nmod", "and CC and 18 cc", "about RB about 17 advmod",
                "11,000 CD 11,000 18 nummod", "troops NNS troop 4 conj");
        List<Quantity> q = find(p);
        assertThat(q).extracting(Quantity::value).containsExactly(30L, 210L, 6L, 11_000L);
        assertThat(q).extracting(Quantity::bound).containsExactly(Bound.AT_LEAST, Bound.AT_MOST, Bound.EXACT, Bound.ABOUT);
        assertThat(q.get(2).outOf()).isEqualTo(13L);
        assertThat(q.get(2).counted()).isEqualTo("drones");
        assertThat(q).extracting(Quantity::counted).containsExactly("troops", "troops", "drones", "troops");
        assertThat(p.span("more than 30 soldiers")).isEqualTo(q.get(0).span());
    }

    @Test
    void yearsMeasuresAndAgesAreNoCounts() {
        Parsed p = Parsed.of("In 2024 the town 5 km away lost a 67-year-old",
                "In IN in 2 case", "2024 CD 2024 6 obl", "the DT the 4 det", "town NN town 6 nsubj",
                "5 CD 5 6 nummod", "km NN km 7 obl:npmod", "away RB away 8 advmod", "lost VBD lose 0 root",
                "a DT a 10 det", "67-year-old JJ 67-year-old 8 obj");
        assertThat(find(p)).isEmpty();
    }
}
