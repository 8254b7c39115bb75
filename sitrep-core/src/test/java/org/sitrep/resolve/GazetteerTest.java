package org.sitrep.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.FeatureKind;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.global();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "Kharkov, Kharkiv, UA",
            "Artemivsk, Bakhmut, UA",           // former name, an alternate in GeoNames
            "Lysyschans'k, Lysychansk, UA",     // typo + apostrophe
            "Vyschorod, Vyshhorod, UA",
            "Gulyaipole, Hulyaypole, UA",
            "Shahktarsk, Shakhtarsk, UA",       // transposed letters
            "Nikolaev, Mykolayiv, UA",          // Russian name
            "Бахмут, Bakhmut, UA",              // Cyrillic
            "Kursk, Kursk, RU",
    })
    void findsThePlaceUnderAnyRomanizationAmongTheBestCandidates(String query, String name, String country) {
        List<Gazetteer.Candidate> found = G.candidates(query);
        assertThat(found).as("candidates for %s", query).isNotEmpty();
        assertThat(found.subList(0, Math.min(3, found.size())))
                .anySatisfy(c -> {
                    assertThat(c.entry().name()).isEqualTo(name);
                    assertThat(c.entry().country()).isEqualTo(country);
                    assertThat(c.entry().kind()).isEqualTo(FeatureKind.POPULATED_PLACE);
                });
    }

    @Test
    void findsRegionsByAnyDesignatorAndAdjectivalForm() {
        assertThat(G.findAdmin1("Kursk Oblast", null)).get().extracting(c -> c.entry().country()).isEqualTo("RU");
        assertThat(G.findAdmin1("Donets'ka oblast", "UA")).get().extracting(c -> c.entry().name()).isEqualTo("Donetsk");
        assertThat(G.findAdmin1("Belgorodskaya oblast", "RU")).get()
                .extracting(c -> c.entry().name()).asString().startsWith("Belgorod");
        assertThat(G.findAdmin1("Kyiv Oblast", "UA")).get().extracting(c -> c.entry().name()).isEqualTo("Kyiv Oblast");
    }

    @Test
    void regionsHaveCoordinatesInsideTheirCountry() {
        Gazetteer.Entry kursk = G.findAdmin1("Kursk Oblast", "RU").orElseThrow().entry();
        assertThat(kursk.kind()).isEqualTo(FeatureKind.ADMIN1);
        assertThat(kursk.toPlace().precision()).isEqualTo(3);
        // the oblast's centre lies within ~150 km of Kursk city (51.73 N, 36.19 E)
        assertThat(kursk.kmTo(51.73, 36.19)).isLessThan(150);
    }

    @Test
    void findsCountriesByNameAndCode() {
        assertThat(G.findCountry("Ukraine")).get().extracting(Gazetteer.Entry::country).isEqualTo("UA");
        assertThat(G.findCountry("ua")).get().extracting(Gazetteer.Entry::country).isEqualTo("UA");
        assertThat(G.findCountry("Belarus")).get().extracting(e -> e.toPlace().precision()).isEqualTo(4);
        assertThat(G.findCountry("")).isEmpty();
        assertThat(G.findCountry(null)).isEmpty();
    }

    @Test
    void letterlessQueriesFindNothing() {
        assertThat(G.candidates("")).isEmpty();
        assertThat(G.candidates("123")).isEmpty();
        assertThat(G.exactCandidates("--")).isEmpty();
    }

    @Test
    void exactCandidatesNeedAnIdenticalKey() {
        assertThat(G.exactCandidates("Kharkiv")).isNotEmpty();
        assertThat(G.exactCandidates("Kharkivv")).extracting(c -> c.entry().name()).contains("Kharkiv"); // doubled letter folds
        assertThat(G.exactCandidates("Kharkiw")).extracting(c -> c.entry().name()).contains("Kharkiv"); // w → v
        assertThat(G.exactCandidates("Kharkimv")).isEmpty();
    }

    @Test
    void loadsASmallFileAndReportsABadLineByNumber() throws IOException {
        String ok = "#header\n"
                + "1\tC\tTestland\tTestland\t\tPCLI\tTL\t\t\t\t\t10.0\t20.0\t1000\n"
                + "2\tP\tAlpha Town\tAlpha Town\tAlfa|Альфа\tPPL\tTL\t01\tNorth\t\t\t10.5\t20.5\t900\n";
        Gazetteer g = Gazetteer.load(new ByteArrayInputStream(gzip(ok)));
        assertThat(g.size()).isEqualTo(2);
        assertThat(g.candidates("Alfa")).extracting(c -> c.entry().name()).containsExactly("Alpha Town");
        assertThat(g.findCountry("Testland")).isPresent();
        String bad = ok + "3\tP\ttoo few fields\n";
        assertThatThrownBy(() -> Gazetteer.load(new ByteArrayInputStream(gzip(bad))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 4");
    }

    @Test
    void bundledIndexesEqualTheOnesComputedFromItsEntries() {
        // The resource stores the indexes precomputed (GazetteerFile); they must be exactly what the current
        // PlaceNameKey code gives, or lookups silently miss. On failure: rerun tools/gazetteer/build.sh.
        Gazetteer recomputed = Gazetteer.of(G.entries());
        assertThat(G.nameIndex().values()).as("name-key index stale: rebuild the gazetteer resource")
                .isEqualTo(recomputed.nameIndex().values());
        assertThat(G.skeletonIndex().values()).as("skeleton index stale: rebuild the gazetteer resource")
                .isEqualTo(recomputed.skeletonIndex().values());
    }

    @Test
    void binaryFormatRoundTripsEveryFieldAndBothIndexes() throws IOException {
        String tsv = "#header\n"
                + "1\tC\tTestland\tTestland\tTeststaat|Тестландия\tPCLI\tTL\t\t\t\t\t10.0\t-20.1234\t1000\n"
                + "0\tA1\tNorth Oblast\tNorth Oblast\t\tADM1\tTL\t01\tNorth Oblast\t\t\t10.5\t20.5\t900\n"
                + "5000000000\tP\tÁlpha Town\tAlpha Town\tAlfa|Альфа\tPPLA\tTL\t01\tNorth Oblast\t007\tWest\t"
                + "-89.9999\t179.9999\t12345678901\n";
        Gazetteer fromTsv = Gazetteer.load(new ByteArrayInputStream(gzip(tsv)));
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        GazetteerFile.write(fromTsv.entries(), bin);
        Gazetteer fromBin = GazetteerFile.read(new ByteArrayInputStream(bin.toByteArray()));
        assertThat(fromBin.entries()).isEqualTo(fromTsv.entries());
        assertThat(fromBin.entry(2).asciiName()).isEqualTo("Alpha Town");
        assertThat(fromBin.entry(2).lat()).isEqualTo(-89.9999);
        assertThat(fromBin.nameIndex().values()).isEqualTo(fromTsv.nameIndex().values());
        assertThat(fromBin.skeletonIndex().values()).isEqualTo(fromTsv.skeletonIndex().values());
        assertThat(fromBin.candidates("Alfa")).extracting(c -> c.entry().name()).containsExactly("Álpha Town");
        assertThat(fromBin.findAdmin1("North", "TL")).isPresent();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        GazetteerFile.write(fromBin.entries(), again);
        assertThat(again.toByteArray()).as("deterministic").isEqualTo(bin.toByteArray());
    }

    @Test
    void binaryReaderRejectsTruncatedAndForeignData() throws IOException {
        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        GazetteerFile.write(G.entries().subList(0, 50), bin);
        byte[] raw;
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bin.toByteArray()))) {
            raw = in.readAllBytes();
        }
        byte[] truncated = java.util.Arrays.copyOf(raw, raw.length - 3);
        assertThatThrownBy(() -> GazetteerFile.read(new ByteArrayInputStream(gzip(truncated))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> GazetteerFile.read(new ByteArrayInputStream(gzip("#not a gazetteer\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("magic");
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(b);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
