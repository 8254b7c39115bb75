package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceNameKeyTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Kharkov|Kharkiv|0.5",          // o/i vowel
            "Lysychans'k|Lysychansk|0",      // apostrophe as soft sign
            "Лисичанськ|Lysychansk|0",       // Cyrillic
            "Huliaipole|Gulyaipole|0",       // g/h, ia/ya
            "Vyshhorod|Vyschorod|0",         // shh / sch
            "Shchastia|Schastya|0",          // shch / sch, ia/ya
            "Zaporizhzhia|Zaporizhia|0",     // doubled letters
            "Kyivskyi|Kievskii|0.5",         // y/i endings, ie → e
            "Yenakiieve|Enakievo|1",         // ye/e, -ieve/-ievo: two vowel edits
            "Svatovo|Swatowo|0",             // German w
            "Tsybulivka|Tzybulivka|0",       // ts/tz
    })
    void romanizationsOfOneNameLieAtMostHalfAnEditApart(String a, String b, double maxDistance) {
        assertThat(PlaceNameKey.distance(PlaceNameKey.key(a), PlaceNameKey.key(b))).isLessThanOrEqualTo(maxDistance);
    }

    @Test
    void differentNamesStayApart() {
        assertThat(PlaceNameKey.distance(PlaceNameKey.key("Kharkiv"), PlaceNameKey.key("Kherson")))
                .isGreaterThan(PlaceNameKey.tolerance(PlaceNameKey.key("Kharkiv").length()));
        assertThat(PlaceNameKey.key("Kursk")).isNotEqualTo(PlaceNameKey.key("Kyiv"));
    }

    @Test
    void typoCostsAtMostOneEdit() {
        assertThat(PlaceNameKey.distance(PlaceNameKey.key("Shahktarsk"), PlaceNameKey.key("Shakhtarsk")))
                .isLessThanOrEqualTo(1);
    }

    @Test
    void shortNamesMustMatchExactly() {
        assertThat(PlaceNameKey.tolerance(3)).isZero();
        assertThat(PlaceNameKey.tolerance(12)).isGreaterThan(PlaceNameKey.tolerance(6));
    }

    @Test
    void emptyAndLetterlessInputGiveEmptyKeys() {
        assertThat(PlaceNameKey.key("")).isEmpty();
        assertThat(PlaceNameKey.key("12 - ''")).isEmpty();
        assertThat(PlaceNameKey.skeleton("")).isEmpty();
        assertThat(PlaceNameKey.distance("", "abc")).isEqualTo(2.5); // vowel a 0.5, b 1, c 1
    }

    @Property
    void anyInputGivesAKeyOfMatchingSymbolsOnly(@ForAll String s) {
        String key = PlaceNameKey.key(s);
        assertThat(key).matches("[a-zSCZ]*");
        assertThat(PlaceNameKey.distance(key, key)).isZero();
        assertThat(PlaceNameKey.skeleton(key)).doesNotContain("a", "e", "i", "o", "u");
    }
}
