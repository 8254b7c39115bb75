package org.sitrep.cli;

/**
 * The log level of a run. SLF4J is bound to slf4j-simple, configured by {@code simplelogger.properties} (warnings
 * only, so CoreNLP's and Jetty's start-up chatter stays off the console); {@code --verbose} raises it to info. The
 * level is read when the first logger is made, so this must be called before anything logs (picocli calls it while
 * parsing the options, before the command runs).
 */
final class Logging {
    static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {}

    /** Log at level info from now on (system properties take precedence over simplelogger.properties). */
    static void verbose() {
        System.setProperty(LEVEL, "info");
    }
}
