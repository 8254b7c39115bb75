package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) read with Commons CSV. */
final class Csv {
    private Csv() {}

    /** All records of the input, the header included; a final empty line gives no record. */
    static List<List<String>> read(Reader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.parse(in)) rows.add(r.toList());
        return rows;
    }
}
