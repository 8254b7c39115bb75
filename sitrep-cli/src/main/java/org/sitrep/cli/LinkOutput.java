package org.sitrep.cli;

import java.util.Map;
import org.sitrep.link.Report;

/** Shared by {@code happenings} and {@code disputes}: quotes reports. */
final class LinkOutput {
    private LinkOutput() {}

    /** The characters the report rests on (its evidence sentence), as stored with the links. */
    static String quote(Report r, Map<String, String> quotes) {
        return quotes.getOrDefault(r.key(), "");
    }
}
