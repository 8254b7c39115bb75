package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void blocksBecomeParagraphsAndBrALineBreak() {
        assertThat(HtmlText.fromFragment("<h2>Kupiansk</h2><p>Shelling   hit the <b>market</b>.<br>Two were hurt.</p>"
                + "<ul><li>one</li><li>two</li></ul><script>var x = 1;</script><p>&quot;Calm&quot;, he said.</p>"))
                .isEqualTo("Kupiansk\n\nShelling hit the market.\nTwo were hurt.\n\none\n\ntwo\n\n\"Calm\", he said.");
    }

    @Test
    void plainTextKeepsItsLines() {
        assertThat(HtmlText.fromFragment("First paragraph.\n\nSecond one.")).isEqualTo("First paragraph.\n\nSecond one.");
    }

    @Test
    void emptyAndNull() {
        assertThat(HtmlText.fromFragment("")).isEmpty();
        assertThat(HtmlText.fromFragment(null)).isEmpty();
        assertThat(HtmlText.fromFragment("<p> </p><div></div>")).isEmpty();
    }
}
