package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoRecordsTest {
    private static List<CameoRecords.Record> read(String xml) throws IOException {
        return CameoRecords.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCodingsTextAndSentencesWithoutEvents() throws IOException {
        List<CameoRecords.Record> r = read("""
                <Validation><Sentences>
                <Sentence date="20200101" id="T-1" category="DEMO">
                <!-- a comment -->
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <EventCoding sourcecode="ARN" eventcode="0211"></EventCoding>
                <Text>
                Arnor will restore
                ties with Gondor.
                </Text>
                <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
                </Sentence>
                <Sentence date="20200101" id="T-2"><EventCoding noevents = "True"></EventCoding>
                <Text>Nothing happened &amp; nobody came.</Text></Sentence>
                </Sentences></Validation>""");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).id()).isEqualTo("T-1");
        assertThat(r.get(0).text()).isEqualTo("Arnor will restore ties with Gondor.");
        assertThat(r.get(0).codings()).containsExactly(new CameoRecords.Coding("064", "ARN", "GON"),
                new CameoRecords.Coding("0211", "ARN", ""));
        assertThat(r.get(1).codings()).isEmpty();
        assertThat(r.get(1).text()).isEqualTo("Nothing happened & nobody came.");
    }

    @Test
    void malformedXmlIsAnIoErrorAndDtdsAreNotRead() {
        assertThatThrownBy(() -> read("<Validation><Sentence>")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Validation>&e;</Validation>"))
                .isInstanceOf(IOException.class);
    }
}
