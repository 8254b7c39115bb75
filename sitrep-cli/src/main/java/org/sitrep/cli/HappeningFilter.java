package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.link.Happening;
import org.sitrep.link.HappeningQuery;
import picocli.CommandLine.Option;

/** The {@code --about/--from/--to} filter that {@code happenings} and {@code disputes} share. */
final class HappeningFilter {
    @Option(names = "--about", paramLabel = "NAME", description = "Only happenings about this place or actor.")
    String about;

    @Option(names = "--from", paramLabel = "DATE", description = "Only happenings ending on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only happenings starting on or before this day.")
    LocalDate to;

    boolean matches(Happening h) {
        return new HappeningQuery(about, from, to).matches(h);
    }
}
