package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TaggerTextTest {
    @Test
    void gluedSentencesGetASpaceInTheTaggersCopyOnly() {
        String stored = "The talks ended in Vilnius.Officials said more would follow.";
        TaggerText t = TaggerText.of(stored);
        assertThat(t.text()).isEqualTo("The talks ended in Vilnius. Officials said more would follow.");
        int officials = t.text().indexOf("Officials");
        assertThat(stored.substring(t.original(officials), t.original(officials + "Officials".length())))
                .isEqualTo("Officials");
        int period = t.text().indexOf(". Officials");
        assertThat(t.original(period + 1)).isEqualTo(stored.indexOf(".Officials") + 1); // the end of "."
    }

    @Test
    void questionMarksDigitsClosingQuotesAndOpeningQuotes() {
        assertThat(TaggerText.of("Should we wait?I don't know.").text()).isEqualTo("Should we wait? I don't know.");
        assertThat(TaggerText.of("It began in 2014.The war went on.").text()).isEqualTo("It began in 2014. The war went on.");
        assertThat(TaggerText.of("“We will win.”He left.").text()).isEqualTo("“We will win.” He left.");
        assertThat(TaggerText.of("he said.“We stay,” she said.").text()).isEqualTo("he said. “We stay,” she said.");
    }

    @Test
    void abbreviationsDecimalsDomainsAndStraightQuotesStayGlued() {
        for (String s : new String[] {"The U.S.Army said", "e.g. Kyiv", "a 1.5 percent rise", "see gazeta.pl today",
                "He said \"no.\"Then", "Division 1.A unit", "No.5 Street"})
            assertThat(TaggerText.of(s).text()).as(s).isEqualTo(s);
    }

    @Test
    void modifierLetterApostropheBecomesAscii() {
        TaggerText t = TaggerText.of("Russiaʼs army");
        assertThat(t.text()).isEqualTo("Russia's army");
        assertThat(t.original(6)).isEqualTo(6);
    }

    @Test
    void emptyText() {
        TaggerText t = TaggerText.of("");
        assertThat(t.text()).isEmpty();
        assertThat(t.original(0)).isZero();
    }

    @Test
    void randomTextMapsEveryOffsetBackInOrderAndInsideTheStoredText() {
        Random r = new Random(7);
        String alphabet = "aZ.?!”“ 1)";
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String stored = b.toString();
            TaggerText t = TaggerText.of(stored);
            assertThat(t.text().replace(" ", "")).isEqualTo(stored.replace(" ", ""));
            int last = 0;
            for (int p = 0; p <= t.text().length(); p++) {
                int o = t.original(p);
                assertThat(o).isBetween(last, stored.length());
                last = o;
                // every character of the tagger's copy that is not an inserted space is the stored one
                if (p < t.text().length() && java.util.Arrays.binarySearch(t.inserted(), p) < 0)
                    assertThat(t.text().charAt(p)).isEqualTo(stored.charAt(o));
            }
        }
    }
}
