package org.sitrep.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.server.ApiServer;
import org.sitrep.server.LedgerSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the REST API and the page over the ledger until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the ledger: a web page (map, timeline, claims, articles, sources) and a REST API "
                + "(/api/…, OpenAPI at /openapi.json), read-only unless --allow-ingest.",
                "A DuckDB file is served from a snapshot that follows the file within seconds once an 'analyze' "
                + "run writing it is done; 'analyze' may run meanwhile."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind = "127.0.0.1";

    @Option(names = "--allow-ingest",
            description = "Accept POST /api/articles: the body is one input file (Content-Type text/plain, "
                    + "application/x-ndjson, text/html, application/rss+xml…), analysed and stored (loads CoreNLP).")
    boolean allowIngest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535; got " + port);
        LedgerSource source = LedgerSource.open(db.location());
        Javalin app;
        try {
            app = (allowIngest ? ApiServer.createWithIngest(source, db.location()) : ApiServer.create(source))
                    .start(bind, port);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            app.stop();
            source.close();
            stopped.countDown();
        }, "sitrep-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        spec.commandLine().getOut().printf("sitrep serve: http://%s:%d/ (ledger %s%s); Ctrl-C stops%n", host,
                app.port(), db.location(), allowIngest ? "; POST /api/articles stores articles" : ", read-only");
        spec.commandLine().getOut().flush();
        stopped.await();
        return Main.OK;
    }
}
