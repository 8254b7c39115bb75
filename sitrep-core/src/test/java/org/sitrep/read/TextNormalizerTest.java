package org.sitrep.read;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void lineEndingsSpacesAndBlankLines() {
        assertThat(TextNormalizer.normalize("\n \n  First line  \r\nsecond\t\r\r\r \t\n\u2028third\u0007 \n\n"))
                .isEqualTo("First line\nsecond\n\nthird");
    }

    @Test
    void composesToNfcAndDropsTheBom() {
        assertThat(TextNormalizer.normalize("\uFEFFKyi\u0308v")).isEqualTo("Kyïv");
    }

    @Test
    void emptyAndNull() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
        assertThat(TextNormalizer.normalize(" \n\t ")).isEmpty();
        assertThat(TextNormalizer.normalize(null)).isNull();
        assertThat(TextNormalizer.field("  ")).isNull();
        assertThat(TextNormalizer.field(" a \n b ")).isEqualTo("a b");
    }

    @Test
    void languageCodes() {
        assertThat(TextNormalizer.languageCode("en-GB")).isEqualTo("en");
        assertThat(TextNormalizer.languageCode("UK_ua")).isEqualTo("uk");
        assertThat(TextNormalizer.languageCode("english")).isNull();
        assertThat(TextNormalizer.languageCode(" ")).isNull();
    }

    @Property
    void isIdempotentAndKeepsItsPromises(@ForAll String s) {
        String n = TextNormalizer.normalize(s);
        assertThat(TextNormalizer.normalize(n)).isEqualTo(n);
        assertThat(n).doesNotContain("\r").doesNotContain("\n\n\n").doesNotContain(" \n").doesNotContain("\uFEFF");
        assertThat(n).isEqualTo(n.strip());
    }
}
