package org.sitrep.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's CoreNLP pipelines, one per distinct configuration, built on first use. Loading models takes tens of
 * seconds and gigabytes, so every stage and benchmark goes through here. Thread-safe.
 */
public final class CoreNlpPipelines {
    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlpPipelines() {}

    /** The pipeline for these properties, building it (once) when none exists yet. */
    public static StanfordCoreNLP get(Properties props) {
        return PIPELINES.computeIfAbsent(key(props), k -> new StanfordCoreNLP(props));
    }

    /** How many distinct pipelines this JVM has loaded (tests check that stages share one). */
    public static int loadedCount() {
        return PIPELINES.size();
    }

    private static String key(Properties props) {
        return new TreeMap<>(props).toString();
    }
}
