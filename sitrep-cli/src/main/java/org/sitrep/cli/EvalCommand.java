package org.sitrep.cli;

import picocli.CommandLine.Command;

/** Groups the evaluation commands; each scores one task on a data set read by path. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality on an evaluation set (prints a table; --json for one JSON object).",
        subcommands = {EvalActorsCommand.class, EvalEventsCommand.class, EvalCameoCommand.class, EvalAcledCommand.class, EvalPlacesCommand.class,
                EvalTimexCommand.class, EvalAttributionCommand.class, EvalClaimsCommand.class, EvalAssertionsCommand.class, EvalLinkingCommand.class})
final class EvalCommand {}
