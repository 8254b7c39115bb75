package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

class ActorRegistryTest {
    private static final ActorRegistry STANDARD = ActorRegistry.standard();

    @Test
    void bundledRegistryHoldsEveryIsoCountryWithNamesDemonymsAndCapitals() {
        for (String iso : java.util.Locale.getISOCountries()) {
            String iso3 = new java.util.Locale("", iso).getISO3Country();
            assertThat(STANDARD.findState(iso3)).as("state %s", iso3).isPresent();
        }
        Actor prk = STANDARD.findState("PRK").orElseThrow();
        assertThat(prk.aliases()).contains("DPRK", "North Korea");
        assertThat(prk.demonyms()).contains("North Korean");
        assertThat(prk.capitals()).contains("Pyongyang");
        assertThat(STANDARD.findState("UKR").orElseThrow().capitals()).contains("Kyiv", "Kiev");
    }

    @Test
    void bundledRegistryCodesTheInstitutionsOfTheWarInCameoStyle() {
        assertThat(code("Korean Central News Agency")).isEqualTo("PRKMED");
        assertThat(code("TASS")).isEqualTo("RUSMED");
        assertThat(code("RIA Novosti")).isEqualTo("RUSMED");
        assertThat(code("Ukrinform")).isEqualTo("UKRMED");
        assertThat(code("BelTA")).isEqualTo("BLRMED");
        assertThat(code("The Economist")).isEqualTo("GBRMED");
        assertThat(code("New York Times")).isEqualTo("USAMED");
        assertThat(code("Tanjug")).isEqualTo("SRBMED");
        assertThat(code("Xinhua")).isEqualTo("CHNMED");
        assertThat(code("Kremlin")).isEqualTo("RUSGOV");
        assertThat(code("State Department")).isEqualTo("USAGOV");
        assertThat(code("General Staff of the Armed Forces of Ukraine")).isEqualTo("UKRMIL");
        assertThat(code("UN Security Council")).isEqualTo("IGOUNO");
        assertThat(code("NATO")).isEqualTo("IGOWSTNAT");
        assertThat(code("European Union")).isEqualTo("IGOEUREEC");
        assertThat(code("Workers' Party of Korea")).isEqualTo("PRKGOV");
    }

    @Test
    void aCuratedPersonsNameStandsForThatPersonAlone() {
        for (String name : List.of("John Kirby", "Sergei Lavrov")) {
            ActorRegistry.NameMatch m = STANDARD.matchName(words(name), 0).orElseThrow();
            assertThat(m.entries()).as(name).hasSize(1);
            assertThat(m.best().actor().kind()).isEqualTo(Actor.Kind.PERSON);
        }
    }

    @Test
    void personsCarryDatedRoles() {
        Actor kim = STANDARD.expect("KIM_JONG_UN");
        assertThat(kim.kind()).isEqualTo(Actor.Kind.PERSON);
        assertThat(kim.codeAt(LocalDate.of(2025, 4, 28))).isEqualTo("PRKGOV");
        Actor gerasimov = STANDARD.expect("VALERY_GERASIMOV");
        assertThat(gerasimov.roleAt(LocalDate.of(2025, 4, 26)).orElseThrow().title()).contains("General Staff");
        assertThat(gerasimov.roleAt(LocalDate.of(2010, 1, 1))).isEmpty();
        Actor zaluzhnyi = STANDARD.expect("VALERII_ZALUZHNYI");
        assertThat(zaluzhnyi.codeAt(LocalDate.of(2023, 6, 1))).isEqualTo("UKRMIL");
        assertThat(zaluzhnyi.codeAt(LocalDate.of(2024, 6, 1))).isEqualTo("UKRGOV");
    }

    @Test
    void officeHoldersOfTheWarAreKnownByTheirRolesAtTheDate() {
        Actor kallas = STANDARD.expect("KAJA_KALLAS");
        assertThat(kallas.codeAt(LocalDate.of(2023, 3, 1))).isEqualTo("ESTGOV");
        assertThat(kallas.codeAt(LocalDate.of(2025, 3, 1))).isEqualTo("IGOEUREEC");
        assertThat(STANDARD.expect("BORIS_PISTORIUS").codeAt(LocalDate.of(2024, 1, 1))).isEqualTo("DEUGOVMIL");
        assertThat(code("Maia Sandu")).isEqualTo("MDAGOV");
        assertThat(code("Hakeem Jeffries")).isEqualTo("USALEG");
        assertThat(code("Mark Milley")).isEqualTo("USAMIL");
    }

    @Test
    void lettersWithoutADecompositionFoldToTheirAsciiSpelling() {
        // Polish ł, Turkish dotless ı, Danish ø, Serbian đ: NFD leaves them as they are
        assertThat(Word.normalizeAll("Ławrow Çavuşoğlu Støre Đukić")).containsExactly("lawrow", "cavusoglu", "store", "dukic");
        assertThat(code("Siergiej Ławrow")).isEqualTo("RUSGOV");
        assertThat(code("Jonas Gahr Store")).isEqualTo("NORGOV");
        assertThat(code("Péter Szijjártó")).isEqualTo("HUNGOV");
        assertThat(code("Peter Szijjarto")).isEqualTo("HUNGOV");
        assertThat(code("Andrij Sybiha")).isEqualTo("UKRGOV");
    }

    @Test
    void centralMilitaryCommissionSitsUnderThePartyUnderNorthKorea() {
        Actor cmc = STANDARD.expect("PRKMIL/WPK_CMC");
        Actor party = STANDARD.expect(cmc.parent());
        assertThat(party.name()).isEqualTo("Workers' Party of Korea");
        assertThat(party.parent()).isEqualTo("PRK");
    }

    @Test
    void longestMatchAndCasingRules() {
        Actor a = new Actor("AAA", "AAA", Actor.Kind.STATE, "AAA", "", "Arnor", List.of("Arnor", "AR"), List.of("Arnorian"),
                List.of("Annuminas"), List.of());
        Actor mil = new Actor("AAAMIL/GS", "AAAMIL", Actor.Kind.MILITARY, "AAA", "AAA", "General Staff of Arnor",
                List.of(), List.of(), List.of(), List.of());
        ActorRegistry r = ActorRegistry.of(List.of(a, mil), Map.of("troops", "MIL", "spokesman", "GOV"));
        List<Word> w = words("the General Staff of Arnor and ar Arnorians AR Annuminas");
        assertThat(r.matchName(w, 1).orElseThrow().length()).isEqualTo(4);
        assertThat(r.matchName(w, 1).orElseThrow().best().actor().id()).isEqualTo("AAAMIL/GS");
        assertThat(r.matchName(w, 4).orElseThrow().best().actor().id()).isEqualTo("AAA");
        assertThat(r.matchName(w, 6)).as("lower-case 'ar' is no acronym").isEmpty();
        assertThat(r.matchName(w, 7).orElseThrow().best().type()).isEqualTo(ActorRegistry.NameType.DEMONYM);
        assertThat(r.matchName(w, 8)).isPresent();
        assertThat(r.matchName(w, 9).orElseThrow().best().type()).isEqualTo(ActorRegistry.NameType.CAPITAL);
        assertThat(r.matchSector(words("spokesmen said"), 0).orElseThrow().sector()).isEqualTo("GOV");
    }

    @Test
    void anAbbreviatedTitleReadsAsItsFullFormOnlyBeforeAPeriod() {
        List<Word> w = words("Sen. Lt. Gen. Sen Gov.");
        assertThat(w).extracting(Word::dotted).containsExactly(true, true, true, false, true);
        assertThat(STANDARD.matchSector(w, 0).orElseThrow().sector()).isEqualTo("LEG");
        ActorRegistry.SectorMatch rank = STANDARD.matchSector(w, 1).orElseThrow();
        assertThat(rank.length()).as("'Lt. Gen.' is one rank, lieutenant general").isEqualTo(2);
        assertThat(rank.sector()).isEqualTo("MIL");
        assertThat(STANDARD.matchSector(w, 3)).as("'Sen' without a period is a surname").isEmpty();
        assertThat(STANDARD.matchSector(w, 4).orElseThrow().sector()).isEqualTo("GOV");
        assertThat(ActorRegistry.titleWord(w.get(0))).isEqualTo("senator");
        assertThat(ActorRegistry.titleWord(w.get(3))).isEqualTo("sen");
    }

    @Test
    void malformedFilesAreRejectedWithTheLine() {
        assertThatThrownBy(() -> ActorRegistry.read(new StringReader("#header\nonly\tthree\tcolumns\n"), new StringReader("")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ActorRegistry.read(new StringReader(
                "X\tXGOV\tPERSON\tX\t\tX\t\t\t\tXGOV;2020-13-01;;\tcurated\n"), new StringReader("")))
                .isInstanceOf(IOException.class).hasMessageContaining("bad date");
    }

    private static String code(String name) {
        List<Word> w = words(name);
        ActorRegistry.NameMatch m = STANDARD.matchName(w, 0).orElseThrow(() -> new AssertionError("no actor named " + name));
        assertThat(m.length()).as("whole name '%s' matched", name).isEqualTo(w.size());
        return m.best().actor().code();
    }

    private static List<Word> words(String text) {
        return Word.of(org.sitrep.testkit.TestDocs.tokenized(text));
    }

    @Test
    void wordsSplitTokensIntoAlphanumericRuns() {
        List<Word> w = words("U.S. Kim Jong-un, People's");
        assertThat(w).extracting(Word::norm).containsExactly("u", "s", "kim", "jong", "un", "people", "s");
        assertThat(w.get(0).span()).isEqualTo(new Span(0, 1));
        assertThat(Word.normalizeAll("Recep Tayyip Erdoğan")).containsExactly("recep", "tayyip", "erdogan");
    }
}
