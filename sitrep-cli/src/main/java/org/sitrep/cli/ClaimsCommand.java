package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.json.Json;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.store.ClaimJson;
import org.sitrep.store.ClaimQuery;
import org.sitrep.store.Ledger;
import org.sitrep.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The ledger of claims: who said what, through whom, when. Filters run in the database (the claims table). */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "List stored claims, oldest statement first, optionally filtered.")
final class ClaimsCommand implements Callable<Integer> {
    @Option(names = "--about", paramLabel = "ACTOR|PLACE",
            description = "Content names this actor (code prefix such as RUS, or a name) or place, or contains these words.")
    String about;

    @Option(names = "--by", paramLabel = "ACTOR",
            description = "Made by (or relayed through) this actor: a code prefix such as UKRMIL, or a name part.")
    String by;

    @Option(names = "--from", paramLabel = "DATE", description = "Statements made on or after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Statements made on or before this day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--json", description = "Print {\"claims\": […]} as JSON.")
    boolean json;

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && to.isBefore(from))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        List<StoredClaim> claims;
        try (Ledger ledger = db.openReadOnly()) {
            claims = ledger.claims(new ClaimQuery(by, about, from, to));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("count", claims.size());
            ArrayNode array = root.putArray("claims");
            claims.forEach(c -> array.add(ClaimJson.of(c)));
            out.println(root);
        } else {
            for (StoredClaim c : claims) {
                String chain = String.join(" > ", c.chain().stream().map(l -> l.code() == null ? l.name() : l.code()).toList());
                out.printf("%s  %-10s %-11s %-9s %s%s%n    %s: \"%s\"%n    via %s  [%s]%n", c.statementDate(),
                        c.source().code() == null ? "?" : c.source().code(), c.cueClass(), c.stance(),
                        c.polarity() == ClaimPolarity.DENIES ? "DENIES " : "", c.firstTime() ? "FIRST " : "",
                        c.source().name(), oneLine(c.content()), chain, c.id());
            }
            out.println(claims.size() + " claim(s)");
        }
        out.flush();
        return Main.OK;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
