package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.testkit.Invariants;
import org.sitrep.testkit.TestDocs;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = new PlaceResolver();

    /** A tokenized doc whose entity layer tags each {@code surface=KIND} pair at its first occurrence. */
    private static Doc doc(String text, String... tagged) {
        List<EntityMention> entities = new ArrayList<>();
        for (String t : tagged) {
            String surface = t.substring(0, t.indexOf('=')), kind = t.substring(t.indexOf('=') + 1);
            int at = text.indexOf(surface);
            entities.add(new EntityMention(new Span(at, at + surface.length()), kind, 0.9));
        }
        return TestDocs.tokenized(text).with(Layer.ENTITIES, entities);
    }

    private static List<PlaceMention> places(Doc doc) {
        Doc out = RESOLVER.apply(doc);
        Invariants.check(out);
        return out.get(Layer.PLACES);
    }

    @Test
    void declaresItsLayers() {
        assertThat(RESOLVER.requires()).containsExactlyInAnyOrder(Layer.ENTITIES, Layer.TOKENS);
        assertThat(RESOLVER.produces()).containsExactly(Layer.PLACES);
        assertThat(Layer.known()).contains(Layer.PLACES);
    }

    @Test
    void aRegionWordMakesTheNameTheOblastWithPrecisionThree() {
        String text = "Moscow said the Kursk region had been fully retaken from Ukrainian units.";
        List<PlaceMention> found = places(doc(text, "Moscow=CITY", "Kursk=STATE_OR_PROVINCE", "Ukrainian=NATIONALITY"));
        assertThat(found).extracting(p -> p.span().of(text)).containsExactly("Moscow", "Kursk region");
        PlaceMention kursk = found.get(1);
        assertThat(kursk.place().featureKind()).isEqualTo(FeatureKind.ADMIN1);
        assertThat(kursk.place().precision()).isEqualTo(3);
        assertThat(kursk.place().country()).isEqualTo("RU");
        assertThat(kursk.span().of(text)).isEqualTo("Kursk region");
        assertThat(kursk.evidence().stage()).isEqualTo("place-resolver");
    }

    @Test
    void aPluralDesignatorAfterCoordinatedNamesMakesEachOfThemARegion() {
        for (String text : List.of("Shelling hit the Kherson and Mykolaiv regions overnight.",
                "Shelling hit the Mykolaiv and Kherson oblasts overnight.")) {
            List<PlaceMention> found = places(doc(text, "Kherson=LOCATION", "Mykolaiv=LOCATION"));
            assertThat(found).as(text).hasSize(2).allSatisfy(p -> {
                assertThat(p.place().featureKind()).isEqualTo(FeatureKind.ADMIN1);
                assertThat(p.place().country()).isEqualTo("UA");
            });
        }
        // a singular designator belongs to the last name only: "the Kherson and Mykolaiv region" is no reading here
        String town = "Shelling hit Kherson and the Mykolaiv region overnight.";
        assertThat(places(doc(town, "Kherson=LOCATION", "Mykolaiv=LOCATION")))
                .extracting(p -> p.place().featureKind())
                .containsExactly(FeatureKind.POPULATED_PLACE, FeatureKind.ADMIN1);
    }

    @Test
    void directionAndSectorAlsoMeanTheRegion() {
        for (String text : List.of("Kyiv reported 21 clashes in the Kursk direction on Sunday.",
                "Heavy fighting continued in the Kursk sector overnight.",
                "Shelling was reported across Kursk Oblast.")) {
            List<PlaceMention> found = places(doc(text, "Kursk=LOCATION"));
            assertThat(found).as(text).singleElement()
                    .satisfies(p -> assertThat(p.place().featureKind()).isEqualTo(FeatureKind.ADMIN1));
        }
    }

    @Test
    void aFrontDirectionNamedAfterATownIsTheTownWhenNoRegionHasTheName() {
        String text = "Fighting went on in the Kupiansk direction and the Kharkiv direction.";
        List<PlaceMention> found = places(doc(text, "Kupiansk=LOCATION", "Kharkiv=LOCATION"));
        assertThat(found).extracting(p -> p.span().of(text)).containsExactly("Kupiansk direction", "Kharkiv direction");
        assertThat(found).extracting(p -> p.place().featureKind())
                .containsExactly(FeatureKind.POPULATED_PLACE, FeatureKind.ADMIN1);
        assertThat(found.get(0).place().name()).isEqualTo("Kupiansk");
        // a region word still asks for the town's region
        String region = "Shelling hit villages in the Kupiansk region.";
        assertThat(places(doc(region, "Kupiansk=LOCATION"))).singleElement()
                .satisfies(p -> assertThat(p.place().featureKind()).isEqualTo(FeatureKind.ADMIN1));
    }

    @Test
    void aTownTaggedAsAPersonIsAPlaceWhereTheWordsAroundItSaySo() {
        for (String text : List.of("Russian forces were attacking in the Lyman area.", "Troops moved near Lyman.",
                "Shells fell on the outskirts of Lyman.", "They repelled an assault on Lyman.")) {
            assertThat(places(doc(text, "Lyman=PERSON"))).as(text).singleElement()
                    .satisfies(p -> assertThat(p.place().name()).isEqualTo("Lyman"));
        }
        assertThat(places(doc("Lyman said the talks had failed.", "Lyman=PERSON"))).isEmpty();
        assertThat(places(doc("Reporters put the question to Lyman.", "Lyman=PERSON"))).isEmpty();
    }

    @Test
    void aTownTaggedAsAPersonIsAPlaceAfterAVerbOfTakingOrDefendingGroundOrInABattleForIt() {
        for (String text : List.of("Russian troops captured Lyman in May.", "Its troops took back Lyman.",
                "The brigade is defending Lyman.", "Heavy battles for Lyman went on.",
                "Ukrainian troops pushed the enemy out of Lyman.")) {
            assertThat(places(doc(text, "Lyman=PERSON"))).as(text).singleElement()
                    .satisfies(p -> assertThat(p.place().name()).isEqualTo("Lyman"));
        }
        // a person voted for or arrested stays a person
        assertThat(places(doc("Voters turned out for Lyman.", "Lyman=PERSON"))).isEmpty();
        assertThat(places(doc("Police arrested Lyman on Monday.", "Lyman=PERSON"))).isEmpty();
    }

    @Test
    void aTownTaggedAsAPersonIsAPlaceAfterAnAttackOnItOrATakingOfItOrAtASentencesStart() {
        for (String text : List.of("An attack on Lyman stalled within days.", "Drone strikes on Lyman resumed.",
                "Residents recalled the occupation of Lyman.", "The siege of Lyman lasted weeks.",
                "In Lyman, shops have reopened.")) {
            assertThat(places(doc(text, "Lyman=PERSON"))).as(text).singleElement()
                    .satisfies(p -> assertThat(p.place().name()).isEqualTo("Lyman"));
        }
        // a person's name after other words stays a person's
        assertThat(places(doc("Critics of Lyman spoke first.", "Lyman=PERSON"))).isEmpty();
        assertThat(places(doc("Insiders tipped Lyman for the post.", "Lyman=PERSON"))).isEmpty();
    }

    @Test
    void anAirfieldOrAirportTheGazetteerLacksIsTheTownItIsNamedAfter() {
        for (String text : List.of("Paratroopers landed at Hostomel Airfield on the first day.",
                "The battle for Hostomel Airport lasted two days.")) {
            String facility = text.contains("Airfield") ? "Hostomel Airfield" : "Hostomel Airport";
            assertThat(places(doc(text, facility + "=ORGANIZATION"))).as(text).singleElement()
                    .satisfies(p -> assertThat(p.place().name()).isEqualTo("Hostomel"));
        }
        // a company or a body named after a town is not the town
        assertThat(places(doc("Hostomel Holdings signed the contract.", "Hostomel Holdings=ORGANIZATION"))).isEmpty();
    }

    @Test
    void aNameTheTaggerMissedIsFoundInTheTextButNotInsideAnotherEntity() {
        String text = "Valery Gerasimov said the Kursk region was liberated.";
        List<PlaceMention> found = places(doc(text, "Valery Gerasimov=PERSON"));
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.span().of(text)).isEqualTo("Kursk region");
            assertThat(p.place().featureKind()).isEqualTo(FeatureKind.ADMIN1);
        });
    }

    @Test
    void aTimeExpressionIsNoPlace() {
        String text = "The death toll from Monday's guided bomb strike on Kostiantynivka has risen to five.";
        int at = text.indexOf("Monday");
        Doc tagged = doc(text, "Kostiantynivka=CITY").with(Layer.TIMEXES,
                List.of(new org.sitrep.model.TimeExpression(new Span(at, at + "Monday".length()), "DATE", "2026-03-09")));
        assertThat(places(tagged)).extracting(p -> p.span().of(text)).containsExactly("Kostiantynivka");
    }

    @Test
    void anAdjectiveIsNoPlaceThoughAGazetteerHoldsItAsAnAlternateName() {
        String text = "Chinese drones were found near Kharkiv.";
        Doc tagged = doc(text, "Chinese=MISC", "Kharkiv=CITY");
        List<Token> tokens = new ArrayList<>(tagged.get(Layer.TOKENS));
        Token first = tokens.get(0);
        tokens.set(0, new Token(first.span(), first.sentence(), "JJ", first.lemma(), first.ner()));
        assertThat(places(tagged.with(Layer.TOKENS, tokens))).extracting(p -> p.place().name()).containsExactly("Kharkiv");
        // tagged as a noun, the word still finds the region that lists it among its names: the part of speech decides
        assertThat(places(tagged)).extracting(p -> p.span().of(text)).contains("Chinese");
    }

    @Test
    void continentsSeatsOfGovernmentAndFormerStatesAreNoTown() {
        String text = "The Kremlin said Africa and Asia would trade with Russia as Yugoslavia once did, Berlin said.";
        List<PlaceMention> found = places(doc(text, "Kremlin=LOCATION", "Africa=LOCATION", "Asia=LOCATION",
                "Russia=COUNTRY", "Yugoslavia=COUNTRY", "Berlin=CITY"));
        assertThat(found).extracting(p -> p.place().name()).containsExactly("Russia", "Berlin");
        assertThat(found.get(1).place().country()).isEqualTo("DE");
    }

    @Test
    void aBareNameIsTheTown() {
        String text = "Troops were seen entering Kursk on Monday morning.";
        PlaceMention kursk = places(doc(text, "Kursk=CITY")).get(0);
        assertThat(kursk.place().featureKind()).isEqualTo(FeatureKind.POPULATED_PLACE);
        assertThat(kursk.place().precision()).isEqualTo(1);
        assertThat(kursk.place().country()).isEqualTo("RU");
        assertThat(kursk.span().of(text)).isEqualTo("Kursk");
    }

    @Test
    void oldAndRussianSpellingsResolveToTheUkrainianTown() {
        String text = "Artillery struck Kharkov and Artemovsk, local officials said.";
        List<PlaceMention> found = places(doc(text, "Kharkov=CITY", "Artemovsk=CITY"));
        assertThat(found).extracting(p -> p.place().name()).containsExactly("Kharkiv", "Bakhmut");
        assertThat(found).allSatisfy(p -> assertThat(p.place().country()).isEqualTo("UA"));
    }

    @Test
    void theNamedOblastPicksAmongNamesakes() {
        // Ivanivka is the name of dozens of Ukrainian villages; the oblast named beside it decides which
        String kherson = "Shelling hit Ivanivka in Kherson Oblast.";
        String luhansk = "Shelling hit Ivanivka in Luhansk Oblast.";
        PlaceMention a = places(doc(kherson, "Ivanivka=CITY", "Kherson Oblast=STATE_OR_PROVINCE")).get(0);
        PlaceMention b = places(doc(luhansk, "Ivanivka=CITY", "Luhansk Oblast=STATE_OR_PROVINCE")).get(0);
        assertThat(a.place().admin1()).isEqualTo("Kherson");
        assertThat(b.place().admin1()).isEqualTo("Luhansk");
    }

    @Test
    void aCapitalUsedAsSpeakerIsResolvedWithLowerConfidence() {
        PlaceMention speaker = places(doc("Pyongyang said the troops had fulfilled their duty.",
                "Pyongyang=CITY")).get(0);
        PlaceMention location = places(doc("The delegation flew back to Pyongyang after the talks.",
                "Pyongyang=CITY")).get(0);
        assertThat(speaker.place().country()).isEqualTo("KP");
        assertThat(location.place().country()).isEqualTo("KP");
        assertThat(speaker.evidence().confidence()).isLessThan(location.evidence().confidence());
    }

    @Test
    void anOrganizationTagCountsOnlyWhenItAgreesWithTheOtherPlaces() {
        String text = "The Metro store in Mariupol was damaged, residents said.";
        List<PlaceMention> found = places(doc(text, "Metro=ORGANIZATION", "Mariupol=CITY"));
        assertThat(found).extracting(p -> p.place().name()).containsExactly("Mariupol");
    }

    @Test
    void nonPlaceMentionsAndEmptyInputGiveAnEmptyLayer() {
        assertThat(places(doc("Valery Gerasimov spoke on Saturday.", "Valery Gerasimov=PERSON"))).isEmpty();
        Doc empty = TestDocs.tokenized("").with(Layer.ENTITIES, List.of());
        Doc out = RESOLVER.apply(empty);
        assertThat(out.has(Layer.PLACES)).isTrue();
        assertThat(out.get(Layer.PLACES)).isEmpty();
    }

    @Test
    void aMentionOutsideTheTextIsSkippedNotThrown() {
        Doc broken = TestDocs.tokenized("Kyiv.").with(Layer.ENTITIES,
                List.of(new EntityMention(new Span(2, 40), "CITY", 1)));
        assertThat(RESOLVER.apply(broken).get(Layer.PLACES)).isEmpty();
    }

    @Test
    void aCountryPriorDecidesBetweenNamesakes() {
        String text = "A depot burned in Tokmak overnight.";
        PlaceResolver ukraine = new PlaceResolver(Gazetteer.global(), Set.of("UA"));
        PlaceMention tokmak = ukraine.apply(doc(text, "Tokmak=CITY")).get(Layer.PLACES).get(0);
        assertThat(tokmak.place().country()).isEqualTo("UA");
    }

    @Test
    void anExactCountryNameIsNeverBeatenByAVillageOneSpellingAway() {
        // a Crimean village has "Krajne" among its alternate names, half an edit from "Ukraine"; the Crimean towns
        // around it pull towards it, but the text names the country exactly
        String text = "Drones hit Yevpatoria and Saky in Crimea overnight, the air force of Ukraine said.";
        List<PlaceMention> found = places(doc(text, "Yevpatoria=CITY", "Saky=CITY", "Crimea=LOCATION", "Ukraine=COUNTRY"));
        PlaceMention ukraine = found.stream().filter(p -> p.span().of(text).equals("Ukraine")).findFirst().orElseThrow();
        assertThat(ukraine.place().featureKind()).isEqualTo(FeatureKind.COUNTRY);
        assertThat(ukraine.place().name()).isEqualTo("Ukraine");
    }

    @Test
    void anAbbreviationIsACountryByItsCodeNeverAVillageSpelledSo() {
        String text = "The US and the U.S. Congress backed the EU plan, officials in Kyiv said.";
        List<PlaceMention> found = places(doc(text, "US=LOCATION", "U.S.=LOCATION", "EU=ORGANIZATION", "Kyiv=CITY"));
        assertThat(found).extracting(p -> p.span().of(text) + "=" + p.place().name())
                .containsExactly("US=United States", "U.S.=United States", "Kyiv=Kyiv");
    }

    @Test
    void aShortNameDifferingInAConsonantIsAnotherWord() {
        // "Europe" is a town one consonant away in France and Belgium; "Donbas" an alternate name of a US town
        String text = "Europe sent shells to the Donbas region and to Kharkiv.";
        List<PlaceMention> found = places(doc(text, "Europe=LOCATION", "Donbas=LOCATION", "Kharkiv=CITY"));
        assertThat(found).extracting(p -> p.span().of(text)).containsExactly("Kharkiv");
    }

    @Test
    void aNearMissIsTakenOnlyInACountryTheTextPointsTo() {
        // "Khortytsia" is one consonant from an Italian town's alternate name; the text is about Ukraine
        String text = "Shelling hit Khortytsia island near Zaporizhzhia, Ukraine's military said.";
        List<PlaceMention> found = places(doc(text, "Khortytsia=LOCATION", "Zaporizhzhia=CITY", "Ukraine=COUNTRY"));
        assertThat(found).extracting(p -> p.place().country()).containsOnly("UA");
    }

    @Test
    void aCountrysNameIsTheCountryNotATownNamedAfterIt() {
        String text = "Officials in Ohio and Indiana said Russia had not replied.";
        List<PlaceMention> found = places(doc(text, "Ohio=STATE_OR_PROVINCE", "Indiana=STATE_OR_PROVINCE", "Russia=COUNTRY"));
        PlaceMention russia = found.stream().filter(p -> p.span().of(text).equals("Russia")).findFirst().orElseThrow();
        assertThat(russia.place().featureKind()).isEqualTo(FeatureKind.COUNTRY);
    }

    @Test
    void aCapitalizedOrdinaryWordIsNoPlaceBecauseItsCountryIsNamed() {
        // "War" and "Western" are US hamlets; the United States named elsewhere is no evidence for them
        String text = "War returned this spring. Western leaders met in the United States, and the war went on.";
        List<PlaceMention> found = places(doc(text, "United States=COUNTRY"));
        assertThat(found).extracting(p -> p.span().of(text)).containsExactly("United States");
    }

    @Test
    void theWestAndTheAllianceAreWordsButATownBeforeANounIsThePlace() {
        // "West" and "Alliance" are hamlets in the United States, which the text names, and "West" a region of Cameroon
        String text = "The United States said the West would not abandon Kyiv, and the Alliance agreed. "
                + "Shells hit the Avdiivka coke plant and the Crimea.";
        Doc doc = doc(text, "United States=COUNTRY", "West=LOCATION", "Kyiv=CITY", "Alliance=LOCATION",
                "Avdiivka=LOCATION", "Crimea=LOCATION");
        // parts of speech as a tagger gives them: a modal after "West", a noun after "Avdiivka"
        List<Token> tokens = doc.get(Layer.TOKENS).stream().map(t -> switch (t.span().of(text)) {
            case "would" -> new Token(t.span(), t.sentence(), "MD", t.lemma(), t.ner());
            case "coke" -> new Token(t.span(), t.sentence(), "NN", t.lemma(), t.ner());
            default -> new Token(t.span(), t.sentence(), ".", t.lemma(), t.ner());
        }).toList();
        List<PlaceMention> found = places(doc.with(Layer.TOKENS, tokens));
        assertThat(found).extracting(p -> p.span().of(text)).containsExactly("United States", "Kyiv", "Avdiivka");
        // the Crimea is a region of a country the text is about
        PlaceResolver ukraine = new PlaceResolver(Gazetteer.global(), Set.of("UA"));
        assertThat(ukraine.apply(doc.with(Layer.TOKENS, tokens)).get(Layer.PLACES)).extracting(p -> p.span().of(text))
                .contains("Avdiivka", "Crimea").doesNotContain("West", "Alliance");
    }

    @Test
    void aBigCapitalIsWhatItsBareNameMeansAndAFormerNameIsNoCurrentTown() {
        String text = "Russia and Ukraine sent athletes to Paris; Moscow recalled the Battle of Stalingrad.";
        List<PlaceMention> found = places(doc(text, "Russia=COUNTRY", "Ukraine=COUNTRY", "Paris=CITY", "Moscow=CITY",
                "Stalingrad=LOCATION"));
        assertThat(found).extracting(p -> p.span().of(text) + "=" + p.place().country())
                .containsExactly("Russia=RU", "Ukraine=UA", "Paris=FR", "Moscow=RU");
    }
}
