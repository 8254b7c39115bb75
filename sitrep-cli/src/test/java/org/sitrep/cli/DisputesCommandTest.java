package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Assertion;
import org.sitrep.model.Doc;
import org.sitrep.model.Evidence;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Polarity;
import org.sitrep.model.Span;
import org.sitrep.store.Ledger;

/** {@code sitrep happenings} and {@code sitrep disputes} over a ledger of two hand-built documents (no model). */
class DisputesCommandTest {
    @TempDir
    Path dir;

    private static final Place KURSK = new Place(489, "Kursk Oblast", FeatureKind.ADMIN1, "RU", "Kursk Oblast", "", 51.5, 35.9, 3);

    private static Doc doc(String outlet, String date, String text, String trigger, ActorRef holder,
                           Assertion.Kind kind, ActorRef actor) {
        Article art = Article.of(outlet, null, "en", LocalDate.parse(date), null, null, text, "test");
        int s = text.indexOf(trigger);
        Evidence ev = new Evidence(art.id(), new Span(0, text.length()), "test", "1", 1.0);
        Assertion a = new Assertion(new Span(s, s + trigger.length()), kind, Polarity.POSITIVE, actor,
                new PlaceMention(new Span(0, 1), KURSK, ev), null, null, null, null, -1, null, holder, ev);
        return Doc.of(art).with(Layer.ASSERTIONS, List.of(a));
    }

    @Test
    void theContestedControlOfKurskIsListedWithBothSides() {
        String db = dir.resolve("l.duckdb").toString();
        try (Ledger ledger = Ledger.open(db)) {
            ledger.put(doc("TASS", "2025-04-26", "The Kursk region has been completely liberated, the general said.",
                    "liberated", ActorRef.named("RUSMIL", "Russia (military)", null), Assertion.Kind.CONTROL,
                    ActorRef.named("RUS", "Russia", null)));
            ledger.put(doc("Ukrinform", "2025-04-27", "There were 21 clashes in the Kursk direction during the day.",
                    "clashes", ActorRef.named("UKRMIL", "Ukraine (military)", null), Assertion.Kind.FIGHTING, null));
        }
        CliRun h = CliRun.of("happenings", "--db", db, "--about", "kursk");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out()).contains("1 happening(s)", "2 independent source(s)");
        CliRun d = CliRun.of("disputes", "--db", db, "--json");
        assertThat(d.exitCode()).isZero();
        assertThat(d.out()).contains("\"count\":1", "CONTESTED_CONTROL", "completely liberated", "21 clashes");
        assertThat(CliRun.of("disputes", "--db", db, "--about", "Donetsk").out()).contains("0 dispute(s)");
        assertThat(CliRun.of("happenings", "--db", db, "--to", "2025-04-01").out()).contains("0 happening(s)");
    }

    @Test
    void aMissingLedgerIsAUsageErrorNotAnEmptyList() {
        Path missing = dir.resolve("absent.duckdb");
        for (List<String> command : List.of(List.of("disputes"), List.of("happenings"), List.of("assertions"),
                List.of("events"), List.of("claims"), List.of("export", "--format", "jsonl"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--db", missing.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", command)).isEqualTo(Main.USAGE);
            assertThat(r.err()).contains("no ledger at " + missing);
            assertThat(r.out()).doesNotContain("0 dispute(s)", "0 happening(s)");
        }
        assertThat(CliRun.of("show", "abc", "--db", "jdbc:duckdb:" + missing).exitCode()).isEqualTo(Main.USAGE);
        assertThat(missing).doesNotExist();
    }
}
