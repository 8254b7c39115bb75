package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Outlet;
import org.sitrep.model.Stage;
import org.sitrep.attribute.ClaimExtractor;
import org.sitrep.events.AssertionBuilder;
import org.sitrep.events.EventExtractor;
import org.sitrep.link.OutletRegistry;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.TemporalTaggers;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.TimeResolver;
import org.sitrep.resolve.PlaceResolver;

/**
 * The standard per-article pipeline, from raw article to every extracted layer. Thread-safe: one instance serves
 * all worker threads.
 */
public final class Analyzer {
    private final Pipeline pipeline;

    public Analyzer(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The full pipeline sitrep runs by default. */
    public static Analyzer standard() {
        List<Stage> stages = new ArrayList<>();
        stages.add(new CoreNlpStage());
        stages.addAll(TemporalTaggers.tagging(TemporalTaggers.PRODUCTION));
        stages.add(new TimeResolver());
        OutletRegistry outlets = OutletRegistry.standard();
        stages.add(new ActorResolver(ActorRegistry.standard(), article -> outlets.resolve(article.outlet(), article.url())
                .filter(o -> o.ownership() != Outlet.Ownership.UNKNOWN && !o.country().isEmpty())
                .map(Outlet::country).orElse(null)));
        stages.add(new PlaceResolver());
        stages.add(new ClaimExtractor());
        stages.add(new EventExtractor());
        stages.add(new AssertionBuilder());
        return new Analyzer(Pipeline.of(stages));
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Doc analyze(Article article) {
        return pipeline.apply(Doc.of(article));
    }
}
