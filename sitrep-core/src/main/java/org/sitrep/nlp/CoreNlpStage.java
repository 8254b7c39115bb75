package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Issue;
import org.sitrep.model.Layer;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.model.TimeExpression;

/**
 * The one adapter over Stanford CoreNLP: runs its pipeline on the article text, with the publication date as
 * SUTime's document date, and translates the result once into sitrep layers (sentences, tokens, dependencies,
 * entity mentions, time expressions). Offsets are CoreNLP's character offsets, which are UTF-16 indices into the
 * text as given. Thread-safe: CoreNLP's annotators are, and the pipeline is shared through
 * {@link CoreNlpPipelines}.
 */
public final class CoreNlpStage implements org.sitrep.model.Stage {
    /** The stage name, written into Evidence. */
    public static final String NAME = "corenlp";
    /** The annotators sitrep needs; coref, constituency parse and quote are left out for speed. */
    public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
    private static final Set<String> TIME_KINDS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final String annotators;
    private final boolean timeTagging;
    private final Properties props;

    /** The stage the standard pipeline runs: no SUTime (HeidelTime tags times after it; see DECISIONS.md). */
    public CoreNlpStage() {
        this(DEFAULT_ANNOTATORS, false);
    }

    /** @param annotators a CoreNLP annotator list that starts with tokenize,ssplit; SUTime runs with NER */
    public CoreNlpStage(String annotators) {
        this(annotators, true);
    }

    /**
     * @param annotators  a CoreNLP annotator list that starts with tokenize,ssplit
     * @param timeTagging run SUTime (and the numeric classifiers it needs) with NER and fill {@link Layer#TIMEXES}
     */
    public CoreNlpStage(String annotators, boolean timeTagging) {
        this.annotators = annotators;
        this.timeTagging = timeTagging && annotators.contains("ner");
        this.props = properties(annotators, this.timeTagging);
    }

    /** The CoreNLP properties sitrep runs with. */
    public static Properties properties(String annotators, boolean timeTagging) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        // Paragraph breaks end sentences: headlines and crossheads often have no final period.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // One CRF model instead of three: the 3-class model covers PERSON/ORGANIZATION/LOCATION; the two extra
        // CRFs cost about two thirds of the CRF time.
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        // The fine-grained regex pass (COUNTRY, CITY, TITLE…) took 2/3 of NER time, measured on news articles; the
        // actor registry and the gazetteer match those names over the text themselves.
        p.setProperty("ner.applyFineGrained", "false");
        if (!timeTagging) {
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyNumericClassifiers", "false");
        }
        p.setProperty("ner.buildEntityMentions", "true");
        // Runaway "sentences" (lists, tables, boilerplate) cost quadratic time in the taggers and parser.
        p.setProperty("pos.maxlen", "120");
        p.setProperty("depparse.maxlen", "120");
        p.setProperty("ner.maxlen", "120");
        return p;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        // Numeric, so the store can tell newer output from older; bump the last part when the translation changes.
        return "4.5.10.2";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        Set<Layer<?>> out = new LinkedHashSet<>(List.of(Layer.SENTENCES, Layer.TOKENS));
        if (annotators.contains("depparse")) out.add(Layer.DEPENDENCIES);
        if (annotators.contains("ner")) out.add(Layer.ENTITIES);
        if (timeTagging) out.add(Layer.TIMEXES);
        return out;
    }

    @Override
    public void load() {
        CoreNlpPipelines.get(props);
    }

    @Override
    public Doc apply(Doc doc) {
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(props);
        TaggerText tagged = TaggerText.of(doc.text());
        Annotation ann = new Annotation(tagged.text());
        ann.set(CoreAnnotations.DocDateAnnotation.class, doc.article().published().toString());
        try {
            pipeline.annotate(ann);
        } catch (RuntimeInterruptedException e) {
            // A worker past its time budget (BatchRunner): stop here, not with an empty document.
            Thread.currentThread().interrupt();
            throw e;
        } catch (RuntimeException e) {
            // CoreNLP can fail on pathological text; the article keeps going with no NLP layers rather than
            // taking the batch down.
            Doc out = doc.withIssue(new Issue(null, "nlp.failed", "CoreNLP failed: " + e));
            for (Layer<?> layer : produces()) out = withEmpty(out, layer);
            return out;
        }
        return translate(doc, ann, tagged);
    }

    private static <E> Doc withEmpty(Doc doc, Layer<E> layer) {
        return doc.with(layer, List.of());
    }

    /** CoreNLP's annotations as sitrep layers, every offset mapped back from the tagger's copy to the stored text. */
    private Doc translate(Doc doc, Annotation ann, TaggerText tagged) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> timexes = new ArrayList<>();
        List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            int first = tokens.size();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel t : labels)
                tokens.add(new Token(new Span(tagged.original(t.beginPosition()), tagged.original(t.endPosition())),
                        sentences.size(), t.tag(), t.lemma(),
                        t.ner() == null ? "O" : t.ner()));
            sentences.add(new Sentence(new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end()),
                    first, tokens.size()));
            SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (var root : graph.getRoots()) deps.add(new Dependency(-1, first + root.index() - 1, "root"));
                for (SemanticGraphEdge e : graph.edgeListSorted())
                    deps.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
                            e.getRelation().toString()));
            }
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions == null) continue;
            for (CoreMap m : mentions) {
                Span span = new Span(tagged.original(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
                        tagged.original(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
                String kind = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (TIME_KINDS.contains(kind)) {
                    if (timex != null && timex.value() != null)
                        timexes.add(new TimeExpression(span, timex.timexType(), timex.value()));
                } else {
                    entities.add(new EntityMention(span, kind, confidence(m, kind)));
                }
            }
        }
        Doc out = doc.with(Layer.SENTENCES, sentences).with(Layer.TOKENS, tokens);
        if (produces().contains(Layer.DEPENDENCIES)) out = out.with(Layer.DEPENDENCIES, deps);
        if (produces().contains(Layer.ENTITIES)) out = out.with(Layer.ENTITIES, entities);
        if (produces().contains(Layer.TIMEXES)) out = out.with(Layer.TIMEXES, timexes);
        return out;
    }

    private static double confidence(CoreMap mention, String kind) {
        Map<String, Double> probs = mention.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        Double p = probs == null ? null : probs.get(kind);
        return p == null || p < 0 || p > 1 ? 1.0 : p;
    }
}
