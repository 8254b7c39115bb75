package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static List<List<String>> read(String s) throws IOException {
        return Csv.read(new BufferedReader(new StringReader(s)));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = read("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""),
                List.of("2", "two\nlines", ""));
    }

    @Test
    void lastLineWithoutNewlineAndEmptyInput() throws IOException {
        assertThat(read("a,b\n1,\"2\"")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(read("")).isEmpty();
    }
}
