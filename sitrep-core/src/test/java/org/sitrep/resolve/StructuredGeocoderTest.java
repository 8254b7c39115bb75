package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.FeatureKind;

class StructuredGeocoderTest {
    private static final StructuredGeocoder GEO = new StructuredGeocoder(Gazetteer.global());

    @Test
    void resolvesAMisspelledTownInsideItsProvince() {
        StructuredGeocoder.Result r = GEO.resolve("Lysyschans'k", "", "Luhansk Oblast", "Ukraine").orElseThrow();
        assertThat(r.basis()).isEqualTo("town");
        assertThat(r.place().name()).isEqualTo("Lysychansk");
        assertThat(Geo.km(r.place().lat(), r.place().lon(), 48.90, 38.43)).isLessThan(10);
    }

    @Test
    void theProvinceChoosesAmongNamesakes() {
        StructuredGeocoder.Result kherson = GEO.resolve("Ivanivka", null, "Kherson oblast", "Ukraine").orElseThrow();
        assertThat(kherson.place().admin1()).isEqualTo("Kherson");
        StructuredGeocoder.Result luhansk = GEO.resolve("Ivanivka", null, "Luhans'ka oblast", "Ukraine").orElseThrow();
        assertThat(luhansk.place().admin1()).isEqualTo("Luhansk");
    }

    @Test
    void fallsBackToTheProvinceThenTheCountry() {
        StructuredGeocoder.Result province = GEO.resolve("Nonexistentivka", "", "Kharkiv Oblast", "Ukraine").orElseThrow();
        assertThat(province.basis()).isEqualTo("province");
        assertThat(province.place().featureKind()).isEqualTo(FeatureKind.ADMIN1);
        StructuredGeocoder.Result country = GEO.resolve("", "", "", "Belarus").orElseThrow();
        assertThat(country.basis()).isEqualTo("country");
        assertThat(country.place().precision()).isEqualTo(4);
    }

    @Test
    void nothingGivenResolvesToNothing() {
        assertThat(GEO.resolve(null, null, null, null)).isEmpty();
        assertThat(GEO.resolve("", " ", "", "")).isEmpty();
    }

    @Test
    void aTownGivenWithAParenthesisIsStillFound() {
        assertThat(StructuredGeocoder.variants("Bucha (near Irpin)")).contains("Bucha");
        assertThat(GEO.resolve("Bucha (near Irpin)", "", "Kyiv Oblast", "Ukraine").orElseThrow().place().name())
                .isEqualTo("Bucha");
    }
}
