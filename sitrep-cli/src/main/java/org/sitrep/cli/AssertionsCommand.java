package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.sitrep.store.FactQuery;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredFact;
import picocli.CommandLine.Command;

/** The ledger's assertions: propositions normalized for comparison (CONTROL, FIGHTING, CASUALTIES…), by holder. */
@Command(name = "assertions", mixinStandardHelpOptions = true,
        description = "List stored assertions (CONTROL, FIGHTING, CASUALTIES, PARTICIPATION, DEPLOYMENT, RESPONSIBILITY,"
                + " VIOLATION, OCCURRED, DENIED, PLAN), earliest first, optionally filtered.")
final class AssertionsCommand extends FactListing {
    @Override
    String what() {
        return "assertions";
    }

    @Override
    List<StoredFact> query(Ledger ledger, FactQuery q) {
        return ledger.assertions(q);
    }

    @Override
    String line(JsonNode a) {
        JsonNode count = a.path("count");
        return String.format("%-11s %-13s %s%s @ %s%s%s%s%n    held by %s (%s): \"%s\"", day(a),
                a.path("kind").asText(),
                a.path("polarity").asText().equals("NEGATIVE") ? "NOT " : "", actor(a.path("actor")),
                place(a.path("place")),
                count.isObject() ? "  " + count.path("text").asText() : "",
                a.has("norm") ? "  norm: " + a.path("norm").asText() : "", modality(a),
                actor(a.path("holder")), a.path("outlet").asText(a.path("article").asText()), a.path("words").asText());
    }
}
