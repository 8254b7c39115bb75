package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.json.StandoffJson;
import org.sitrep.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the ledger out for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the ledger. jsonl: one stand-off JSON document per line (text once, then layers).")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl }

    @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws IOException {
        try (Ledger ledger = db.openReadOnly();
             Writer w = new BufferedWriter(out == null
                     ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                     : Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            ledger.forEachDoc(doc -> {
                try {
                    w.write(StandoffJson.write(doc));
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return Main.OK;
    }
}
