package org.sitrep.nlp;

import java.util.List;
import org.sitrep.model.Stage;

/**
 * The temporal taggers sitrep can run to fill {@link org.sitrep.model.Layer#TIMEXES}, by name. Every one starts
 * from the same CoreNLP run (which carries SUTime); HeidelTime runs after it on CoreNLP's tokens and tags.
 */
public final class TemporalTaggers {
    /**
     * The default of {@code eval timex --tagger}: the production tagger's name (a constant, as picocli needs one;
     * {@code TemporalTaggersTest} keeps it equal to {@link #PRODUCTION}), so the evaluation scores what ships.
     * {@code --tagger combined} picks the best-scoring tagger on TempEval-3, which the pipeline cannot run.
     */
    public static final String DEFAULT = "HEIDELTIME";
    /**
     * The tagger the standard pipeline runs ({@code Analyzer.standard()}) and the accuracy gate scores: HeidelTime
     * alone, because the combined tagger needs CoreNLP's SUTime, which the trimmed NER no longer runs
     * (docs/DECISIONS.md, "NER trimmed for speed").
     */
    public static final Tagger PRODUCTION = Tagger.HEIDELTIME;

    /** Which tagger produces TIMEXES. */
    public enum Tagger {
        /** SUTime inside CoreNLP's NER. */
        SUTIME,
        /** HeidelTime with CoreNLP's POS tags mapped to TreeTagger's. */
        HEIDELTIME,
        /** HeidelTime without POS tags (its no-tagger mode). */
        HEIDELTIME_NOPOS,
        /**
         * HeidelTime, plus those of SUTime's expressions that overlap none of HeidelTime's and are of the kinds
         * HeidelTime misses and SUTime gets mostly right: years, weeks, months, vague durations ("years",
         * "weeks") and sets ("daily"). SUTime's PAST_REF/FUTURE_REF and exact durations are mostly noise there.
         */
        COMBINED
    }

    private TemporalTaggers() {}

    /** The stages after a CoreNLP run (tokens, POS, lemmas; NER when SUTime is wanted) that make the tagger's TIMEXES. */
    public static List<Stage> tagging(Tagger tagger) {
        return switch (tagger) {
            case SUTIME -> List.of();
            case HEIDELTIME -> List.of(new HeidelTimeStage(true, HeidelTimeStage.Mode.REPLACE));
            case HEIDELTIME_NOPOS -> List.of(new HeidelTimeStage(false, HeidelTimeStage.Mode.REPLACE));
            case COMBINED -> List.of(new HeidelTimeStage(true, HeidelTimeStage.Mode.PREFER,
                    TemporalTaggers::sutimeComplement, "sutime-complement-1"));
        };
    }

    /** Which SUTime expressions the combined tagger adds to HeidelTime's (measured on TBAQ-cleaned; see DECISIONS). */
    static boolean sutimeComplement(org.sitrep.model.TimeExpression t) {
        String v = t.value();
        return switch (t.type()) {
            case "DATE" -> v.matches("\\d{4}(-\\d{2}|-W\\d{2})?");
            case "DURATION" -> v.matches("PX[DWMY]");
            case "SET" -> v.equals("P1D");
            default -> false;
        };
    }
}
