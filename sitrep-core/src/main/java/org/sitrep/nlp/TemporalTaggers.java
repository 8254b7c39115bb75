package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;

/**
 * The temporal taggers sitrep can run to fill {@link org.sitrep.model.Layer#TIMEXES}, by name. Every one starts
 * from the same CoreNLP run (which carries SUTime); HeidelTime runs after it on CoreNLP's tokens and tags.
 */
public final class TemporalTaggers {
    public static final String DEFAULT = "HEIDELTIME";

    /** Which tagger produces TIMEXES. */
    public enum Tagger {
        /** SUTime inside CoreNLP's NER. */
        SUTIME,
        /** HeidelTime with CoreNLP's POS tags mapped to TreeTagger's. */
        HEIDELTIME,
        /** HeidelTime without POS tags (its no-tagger mode). */
        HEIDELTIME_NOPOS,
        /** HeidelTime, plus SUTime's expressions that overlap none of HeidelTime's. */
        COMBINED
    }

    private TemporalTaggers() {}

    /** The CoreNLP run every tagger starts from (the expensive, cacheable part). */
    public static Pipeline nlp() {
        return Pipeline.of(new CoreNlpStage("tokenize,ssplit,pos,lemma,ner"));
    }

    /** The stages after {@link #nlp()} that make the tagger's TIMEXES. */
    public static List<Stage> tagging(Tagger tagger) {
        return switch (tagger) {
            case SUTIME -> List.of();
            case HEIDELTIME -> List.of(new HeidelTimeStage(true, HeidelTimeStage.Mode.REPLACE));
            case HEIDELTIME_NOPOS -> List.of(new HeidelTimeStage(false, HeidelTimeStage.Mode.REPLACE));
            case COMBINED -> List.of(new HeidelTimeStage(true, HeidelTimeStage.Mode.PREFER));
        };
    }

    /** The cheap stages that correct TIMEX values after tagging (sitrep's own value resolution). */
    public static List<Stage> resolution() {
        return List.of(new org.sitrep.resolve.TimeResolver());
    }

    /** Tagging stages followed, unless {@code raw}, by the value resolution. */
    public static List<Stage> after(Tagger tagger, boolean raw) {
        List<Stage> out = new ArrayList<>(tagging(tagger));
        if (!raw) out.addAll(resolution());
        return out;
    }
}
