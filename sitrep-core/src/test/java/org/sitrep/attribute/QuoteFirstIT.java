package org.sitrep.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.pipeline.Analyzer;

/** The content-first probes of {@link QuoteFirstTest} through the real pipeline (CoreNLP's own tags and parse). */
class QuoteFirstIT {
    private static final String TEXT = """
            “We need more support today,” Stoltenberg said.

            “If we give in now, others will follow,” Blinken told reporters.

            'We are ready to talk,' Blinken told reporters.

            "Kyiv will not give up," Zelensky said.

            “The bridge was hit twice,” said Defence Minister Oleg Petrenko.

            The convoy reached the city, the regional governor said at a briefing.

            “Our forces hold the town,” the General Staff wrote on Telegram.

            “There will be no truce,” Kremlin spokesman Ivan Sorokin has repeatedly said.

            “The plant is safe”, the operator says.

            The shelling went on all night, James Carter, the regional governor, said.

            - The front is stable - he emphasized.

            The strike killed four people – she emphasized.

            - Talks are pointless now - said Minister of Foreign Affairs Pavel Orlov.

            Russia, he said, was preparing a new offensive.

            “The war must end,” said Foreign Minister Anna Kovalenko, adding that talks would resume.

            “The talks were useful. We have always said we want peace,” the minister added.

            - We will not retreat.The line holds - said Lavrov.""";

    private static Doc doc;

    @BeforeAll
    static void analyze() {
        doc = Analyzer.standard().analyze(Article.of("Meridian Wire", "https://meridian.example/q1", "en",
                LocalDate.of(2026, 3, 12), null, "Test", TEXT, "test"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '#', quoteCharacter = '^', textBlock = """
            Stoltenberg#said#“We need more support today,”
            Blinken#told#“If we give in now, others will follow,”
            Blinken#told#'We are ready to talk,'
            Zelensky#said#"Kyiv will not give up,"
            Defence Minister Oleg Petrenko#said#“The bridge was hit twice,”
            the regional governor#said#The convoy reached the city
            the General Staff#wrote#“Our forces hold the town,”
            Kremlin spokesman Ivan Sorokin#said#“There will be no truce,”
            the operator#says#“The plant is safe”
            James Carter, the regional governor#said#The shelling went on all night
            he#emphasized#The front is stable
            she#emphasized#The strike killed four people
            Minister of Foreign Affairs Pavel Orlov#said#Talks are pointless now
            he#said#Russia, he said, was preparing a new offensive
            Foreign Minister Anna Kovalenko#said#“The war must end,”
            the minister#added#“The talks were useful. We have always said we want peace,”
            Lavrov#said#We will not retreat.The line holds
            """)
    void eachProbeGivesItsClaim(String source, String cue, String content) {
        List<Claim> claims = doc.get(Layer.CLAIMS).stream().filter(c -> c.content().of(TEXT).equals(content)).toList();
        assertThat(claims).as("claims with the content %s among %s", content, doc.get(Layer.CLAIMS).stream()
                .map(c -> c.content().of(TEXT)).toList()).hasSize(1);
        assertThat(claims.get(0).cue().of(TEXT)).isEqualTo(cue);
        assertThat(claims.get(0).source().mention().of(TEXT)).isEqualTo(source);
    }
}
