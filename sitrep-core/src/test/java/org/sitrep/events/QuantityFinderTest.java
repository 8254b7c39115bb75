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
    void aTallyStillRunningIsAMinimum() {
        // "so far" after the count in its clause, or fronted before it: at least that many, not the total
        Parsed after = Parsed.of("12 civilians have been killed so far", "12 CD 12 2 nummod",
                "civilians NNS civilian 5 nsubj:pass", "have VBP have 5 aux", "been VBN be 5 aux:pass",
                "killed VBN kill 0 root", "so RB so 7 advmod", "far RB far 5 advmod");
        assertThat(find(after)).singleElement().extracting(Quantity::bound).isEqualTo(Bound.AT_LEAST);
        Parsed before = Parsed.of("To date , 12 civilians have been killed", "To IN to 2 case", "date NN date 8 obl",
                ", , , 2 punct", "12 CD 12 5 nummod", "civilians NNS civilian 8 nsubj:pass", "have VBP have 8 aux",
                "been VBN be 8 aux:pass", "killed VBN kill 0 root");
        assertThat(find(before)).singleElement().extracting(Quantity::bound).isEqualTo(Bound.AT_LEAST);
        // the phrase in another clause, after a comma, leaves the count as it is
        Parsed other = Parsed.of("12 civilians were killed , the worst attack so far", "12 CD 12 2 nummod",
                "civilians NNS civilian 4 nsubj:pass", "were VBD be 4 aux:pass", "killed VBN kill 0 root",
                ", , , 8 punct", "the DT the 8 det", "worst JJS bad 8 amod", "attack NN attack 4 appos",
                "so RB so 10 advmod", "far RB far 8 advmod");
        assertThat(find(other)).singleElement().extracting(Quantity::bound).isEqualTo(Bound.EXACT);
    }

    @Test
    void yearsMeasuresAndAgesAreNoCounts() {
        Parsed p = Parsed.of("In 2024 the town 5 km away lost a 67-year-old",
                "In IN in 2 case", "2024 CD 2024 6 obl", "the DT the 4 det", "town NN town 6 nsubj",
                "5 CD 5 6 nummod", "km NN km 7 obl:npmod", "away RB away 8 advmod", "lost VBD lose 0 root",
                "a DT a 10 det", "67-year-old JJ 67-year-old 8 obj");
        assertThat(find(p)).isEmpty();
    }

    @Test
    void aCasualtyVerbRightBeforeTheNumberDecidesOverAWrongParse() {
        // CoreNLP's parse of this phrase: "one" a numeric modifier of "four", "four" the object of "killing"
        Parsed p = Parsed.of("killing one civilian and wounding four",
                "killing VBG kill 0 root", "one CD one 6 nummod", "civilian JJ civilian 6 amod", "and CC and 5 cc",
                "wounding VBG wound 3 conj", "four CD four 1 obj");
        List<Quantity> q = find(p);
        assertThat(q).extracting(Quantity::value).containsExactly(1L, 4L);
        assertThat(q).extracting(Quantity::counted).containsExactly("killed", "wounded");
    }

    @Test
    void aNumberSharedByKillingAndWoundingCountsCasualties() {
        Parsed p = Parsed.of("The army killed, injured or captured 5,000 Russian troops",
                "The DT the 2 det", "army NN army 3 nsubj", "killed VBD kill 0 root", ", , , 3 punct",
                "injured VBD injure 3 conj", "or CC or 7 cc", "captured VBD capture 3 conj",
                "5,000 CD 5,000 10 nummod", "Russian JJ russian 10 amod", "troops NNS troop 3 obj");
        assertThat(find(p)).extracting(Quantity::counted).containsExactly("casualties");
        // two counts of their own stay apart: "five were killed and 11 wounded"
        Parsed two = Parsed.of("five were killed and 11 wounded",
                "five CD five 3 nsubj:pass", "were VBD be 3 aux:pass", "killed VBN kill 0 root", "and CC and 6 cc",
                "11 CD 11 6 nsubj", "wounded VBN wound 3 conj");
        assertThat(find(two)).extracting(Quantity::counted).containsExactly("killed", "wounded");
    }

    @Test
    void deadAsAnAdjectiveAndABoundBeforeADozen() {
        Parsed p = Parsed.of("left at least 10 people dead and more than a dozen wounded",
                "left VBD leave 0 root", "at RB at 3 case", "least RBS least 4 obl:npmod", "10 CD 10 5 nummod",
                "people NNS people 6 nsubj", "dead JJ dead 1 xcomp", "and CC and 12 cc", "more JJR more 11 advmod",
                "than IN than 8 fixed", "a DT a 11 advmod", "dozen NN dozen 12 dep", "wounded VBN wound 6 conj");
        List<Quantity> q = find(p);
        assertThat(q).extracting(Quantity::value).containsExactly(10L, 12L);
        assertThat(q).extracting(Quantity::bound).containsExactly(Bound.AT_LEAST, Bound.AT_LEAST);
        assertThat(q).extracting(Quantity::counted).containsExactly("killed", "wounded");
        assertThat(q.get(1).span()).isEqualTo(p.span("more than a dozen"));
    }

    @Test
    void aCasualtyTotalStatedByACopulaOrATotalVerbCountsCasualties() {
        Parsed copula = Parsed.of("Daily losses are 900 soldiers", "Daily JJ daily 2 amod", "losses NNS loss 5 nsubj",
                "are VBP be 5 cop", "900 CD 900 5 nummod", "soldiers NNS soldier 0 root");
        assertThat(find(copula)).singleElement().satisfies(q -> {
            assertThat(q.counted()).isEqualTo("losses");
            assertThat(q.bound()).isEqualTo(Bound.EXACT);
        });
        Parsed exceeds = Parsed.of("The number of victims exceeds 400,000", "The DT the 2 det", "number NN number 5 nsubj",
                "of IN of 4 case", "victims NNS victim 2 nmod", "exceeds VBZ exceed 0 root", "400,000 CD 400,000 5 obj");
        assertThat(find(exceeds)).singleElement().satisfies(q -> {
            assertThat(q.counted()).isEqualTo("casualties");
            assertThat(q.bound()).isEqualTo(Bound.AT_LEAST);
        });
        // a number of something else is no casualty total
        Parsed tanks = Parsed.of("The number of tanks exceeds 400", "The DT the 2 det", "number NN number 5 nsubj",
                "of IN of 4 case", "tanks NNS tank 2 nmod", "exceeds VBZ exceed 0 root", "400 CD 400 5 obj");
        assertThat(find(tanks)).allMatch(q -> !q.counted().equals("casualties"));
    }

    @Test
    void aLossOfThingsIsNoCasualtyALossOfPeopleIs() {
        Parsed tanks = Parsed.of("The brigade lost 20 tanks.", "The DT the 2 det", "brigade NN brigade 3 nsubj",
                "lost VBD lose 0 root", "20 CD 20 5 nummod", "tanks NNS tank 3 obj");
        assertThat(find(tanks)).extracting(q -> q.value() + " " + q.counted()).containsExactly("20 tanks");
        Parsed men = Parsed.of("The brigade lost 300 men.", "The DT the 2 det", "brigade NN brigade 3 nsubj",
                "lost VBD lose 0 root", "300 CD 300 5 nummod", "men NNS man 3 obj");
        assertThat(find(men)).extracting(q -> q.value() + " " + q.counted()).containsExactly("300 losses");

        Parsed wars = Parsed.of("Of its three wars, the army lost two.", "Of IN of 4 case", "its PRP$ its 4 nmod:poss",
                "three CD three 4 nummod", "wars NNS war 8 obl", ", , , 8 punct", "the DT the 7 det", "army NN army 8 nsubj",
                "lost VBD lose 0 root", "two CD two 8 obj");
        assertThat(find(wars).get(0).counted()).isEqualTo("wars");
    }

    @Test
    void livesAWarClaimsAreKilled() {
        Parsed toll = Parsed.of("The war has claimed about 9,000 lives", "The DT the 2 det", "war NN war 4 nsubj",
                "has VBZ have 4 aux", "claimed VBN claim 0 root", "about RB about 6 advmod", "9,000 CD 9,000 7 nummod",
                "lives NNS life 4 obj");
        assertThat(find(toll)).extracting(Quantity::value, Quantity::counted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(9_000L, "killed"));

        Parsed of = Parsed.of("The shelling took the lives of 12 miners", "The DT the 2 det",
                "shelling NN shelling 3 nsubj", "took VBD take 0 root", "the DT the 5 det", "lives NNS life 3 obj",
                "of IN of 8 case", "12 CD 12 8 nummod", "miners NNS miner 5 nmod");
        assertThat(find(of)).extracting(Quantity::value, Quantity::counted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(12L, "killed"));

        // lives saved are no toll
        Parsed saved = Parsed.of("Medics saved 40 lives", "Medics NNS medic 2 nsubj", "saved VBD save 0 root",
                "40 CD 40 4 nummod", "lives NNS life 2 obj");
        assertThat(find(saved)).extracting(Quantity::counted).doesNotContain("killed");
    }
}
