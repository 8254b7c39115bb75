package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredFact;
import picocli.CommandLine.Command;

/** The ledger's events: what happened, who to whom, where, when, how many, as each holder tells it. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List stored events (PLOVER-typed), earliest first, optionally filtered. A day marked * is the"
                + " publication day (the text gives no time).")
final class EventsCommand extends FactListing {
    @Override
    String what() {
        return "events";
    }

    @Override
    List<StoredFact> query(Ledger ledger, FactQuery q) {
        return ledger.events(q);
    }

    @Override
    String line(JsonNode e) {
        return format(e);
    }

    static String format(JsonNode e) {
        List<String> counts = new ArrayList<>();
        for (JsonNode q : e.path("quantities"))
            counts.add((q.path("bound").asText().equals("EXACT") ? "" : q.path("bound").asText().toLowerCase() + " ")
                    + q.path("value").asText() + " " + q.path("counted").asText());
        String mode = e.path("mode").asText();
        return String.format("%-11s %-9s %-8s %s -> %s @ %s%s%s%s%n    held by %s: \"%s\"", day(e),
                e.path("type").asText() + (mode.isEmpty() ? "" : "/" + mode), e.path("cameo").asText(),
                actor(e.path("agent")), actor(e.path("target")), place(e.path("place")),
                counts.isEmpty() ? "" : "  " + String.join(", ", counts),
                e.path("polarity").asText().equals("NEGATIVE") ? "  DENIED" : "",
                e.path("modality").asText().equals("ACTUAL") ? "" : "  " + e.path("modality").asText(),
                actor(e.path("holder")), e.path("trigger").asText());
    }
}
