package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import org.sitrep.model.Article;

/**
 * Stanford CoreNLP's own pipeline with the annotators a user would otherwise assemble, run on plain article text
 * (the benchmark's comparison side: {@code sitrep bench}). Not a stage: it produces no sitrep layers. Thread-safe
 * as far as CoreNLP's annotators are (coref and quote are not always; callers count failures).
 */
public final class CoreNlpFullPipeline {
    /** CoreNLP's full English pipeline: what DESIGN.md §9 compares sitrep with. */
    public static final String FULL = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    /** Loads the models for these comma-separated annotators (tens of seconds, gigabytes of heap). */
    public CoreNlpFullPipeline(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates the article's text (dated by its publication date) and returns how many tokens CoreNLP found. */
    public int annotate(Article article) {
        Annotation ann = new Annotation(article.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        pipeline.annotate(ann);
        return ann.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}
