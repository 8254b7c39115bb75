package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitrep.encode.EncodeStage;
import org.sitrep.events.ArgumentPicker;
import org.sitrep.events.CameoLexicon;
import org.sitrep.events.EventExtractor;
import org.sitrep.events.EventTypeFeatures;
import org.sitrep.events.EventTypeModel;
import org.sitrep.events.PloverCoding;
import org.sitrep.events.internal.Parse;
import org.sitrep.json.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Embeddings;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.PloverType;
import org.sitrep.model.Sentence;
import org.sitrep.model.Stage;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.ActorResolver;

/**
 * Scores the events stage on PLOVER gold records ({@code event}, {@code mode}, {@code source}/{@code target} codes):
 * each record's text is parsed (CoreNLP, through {@link ActorEvaluation}'s parse cache), its actors resolved over
 * regex tokens as {@code eval actors} does, and {@link EventExtractor} run with no places, times or claims. The
 * rules' main event is the one whose trigger is nearest the root of its tree (ties by text order), typed as a
 * PLOVER coder would ({@link PloverCoding}: intent → AGREE or THREATEN, "must" → DEMAND, refusal → REJECT; an
 * intent verb by the event it governs) and in the gold records' scheme ({@code inGoldScheme}). A
 * record the rules find no event in is typed by the model ({@link EventTypeModel}, over {@link EventTypeFeatures}
 * of the sentence's main token) when it is at least {@link EventExtractor#MODEL_THRESHOLD} sure, as the stage does;
 * else it counts as wrong. Under cross-validation the model of each fold is trained on the other folds. The agent
 * and target, where the events stage finds none, come from {@link ArgumentPicker}. Reports type accuracy, macro-F1
 * over the gold types, mode accuracy (records whose gold mode is given) and agent/target country accuracy.
 */
public final class EventEvaluation {
    private final ActorEvaluation parsing;
    private final ActorResolver resolver;
    private final EventExtractor extractor = new EventExtractor(CameoLexicon.standard(), Optional.empty());
    private final EventTypeFeatures typeFeatures = new EventTypeFeatures(CameoLexicon.standard());
    private final EncodeStage encoder = new EncodeStage();

    public EventEvaluation(ActorRegistry registry, Stage parser, Path cache) {
        this.parsing = new ActorEvaluation(registry, parser, cache);
        this.resolver = new ActorResolver(registry);
    }

    /** The figures for one file. */
    public record Result(String file, String typing, int records, int typeCorrect, double macroF1, int modeScored,
                         int modeCorrect, int sourceScored, int sourceCorrect, int targetScored, int targetCorrect,
                         Map<String, int[]> perType, List<String> mistakes) {
        public double typeAccuracy() {
            return records == 0 ? 0 : (double) typeCorrect / records;
        }

        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "events: %s (%d records; type by %s)%n", file, records, typing));
            b.append(String.format(Locale.ROOT, "  type accuracy   %.3f (%d/%d)%n", typeAccuracy(), typeCorrect, records));
            b.append(String.format(Locale.ROOT, "  type macro-F1   %.3f%n", macroF1));
            b.append(String.format(Locale.ROOT, "  mode accuracy   %.3f (%d/%d)%n", ratio(modeCorrect, modeScored), modeCorrect, modeScored));
            b.append(String.format(Locale.ROOT, "  source country  %.3f (%d/%d)%n", ratio(sourceCorrect, sourceScored), sourceCorrect, sourceScored));
            b.append(String.format(Locale.ROOT, "  target country  %.3f (%d/%d)%n", ratio(targetCorrect, targetScored), targetCorrect, targetScored));
            b.append("  type          gold  pred  correct\n");
            perType.forEach((t, c) -> b.append(String.format(Locale.ROOT, "  %-12s %5d %5d %8d%n", t, c[0], c[1], c[2])));
            return b.toString();
        }

        public ObjectNode json() {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("file", file);
            o.put("typing", typing);
            o.put("records", records);
            o.put("typeAccuracy", typeAccuracy());
            o.put("typeMacroF1", macroF1);
            o.put("modeAccuracy", ratio(modeCorrect, modeScored));
            o.put("modeScored", modeScored);
            o.put("sourceCountryAccuracy", ratio(sourceCorrect, sourceScored));
            o.put("targetCountryAccuracy", ratio(targetCorrect, targetScored));
            ObjectNode types = o.putObject("types");
            perType.forEach((t, c) -> types.putObject(t).put("gold", c[0]).put("predicted", c[1]).put("correct", c[2]));
            return o;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /** One gold record with what the stage makes of it: the rules' main event and the classifier's features. */
    record Item(String id, String text, String gold, String goldMode, String goldSource, String goldTarget,
                Event rules, PloverType coded, List<String> features, float[] dense) {}

    /** How the type of a record is decided. */
    public enum Typing { RULES, MODEL, CROSS_VALIDATED }

    /**
     * Encoder vectors the cross-validated model may use beside the sparse features ({@code --dense}): none, the
     * record's first sentence (MiniLM, mean of its pieces), or the sentence's main token ({@link
     * EventTypeFeatures#mainToken}, in context). Computed here only: the events stage runs no encoder.
     */
    public enum Dense { NONE, SENTENCE, TOKEN }

    /** Length each dense vector is scaled to before training, by default (the sparse rows hold ~40 ones). */
    public static final double DENSE_SCALE = 1.0;

    /**
     * Scores {@code jsonl}: by the rules alone ({@code model} empty, {@code folds} &lt; 2), by {@code model}, or,
     * when {@code folds} ≥ 2, by a model trained (cost {@code c}) on the other folds for each fold (record i is in
     * fold i mod K, so every type is spread over the folds as the file orders records by type).
     */
    public Result run(Path jsonl, Optional<EventTypeModel> model, int folds, double c) throws IOException {
        return run(jsonl, model, folds, c, Dense.NONE, DENSE_SCALE, false);
    }

    /**
     * As {@link #run(Path, Optional, int, double)}; under cross-validation the fold's model also reads the
     * {@code dense} vectors (scaled to length {@code scale}), and with {@code every} it types every record (the
     * rules' type is among its features), not only those the rules find no event in.
     */
    public Result run(Path jsonl, Optional<EventTypeModel> model, int folds, double c, Dense dense, double scale,
                      boolean every) throws IOException {
        List<Item> items = items(jsonl, folds >= 2 ? dense : Dense.NONE);
        Typing typing = folds >= 2 ? Typing.CROSS_VALIDATED : model.isPresent() ? Typing.MODEL : Typing.RULES;
        String[] predicted = new String[items.size()];
        for (int i = 0; i < items.size(); i++)
            predicted[i] = items.get(i).coded() == null ? "(none)" : items.get(i).coded().name();
        if (typing == Typing.MODEL)
            for (int i = 0; i < items.size(); i++)
                if (items.get(i).rules() == null) predicted[i] = modelled(model.get(), items.get(i), predicted[i]);
        if (typing == Typing.CROSS_VALIDATED)
            for (int fold = 0; fold < folds; fold++) {
                List<EventTypeTrainer.Example> train = new ArrayList<>();
                for (int i = 0; i < items.size(); i++)
                    if (i % folds != fold) train.add(example(items.get(i)));
                EventTypeTrainer.Classifier m;
                if (dense == Dense.NONE) {
                    EventTypeModel sparse = EventTypeTrainer.train(train, c, "fold " + fold);
                    m = (features, vector) -> sparse.classify(features);
                } else m = EventTypeTrainer.trainDense(train, c, scale);
                for (int i = fold; i < items.size(); i += folds) {
                    Item it = items.get(i);
                    if (every) predicted[i] = m.classify(it.features(), it.dense()).type().name();
                    else if (it.rules() == null) predicted[i] = modelled(m, it, predicted[i]);
                }
            }
        int correct = 0, modeScored = 0, modeCorrect = 0, sScored = 0, sCorrect = 0, tScored = 0, tCorrect = 0;
        Map<String, int[]> perType = new TreeMap<>();
        List<String> mistakes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            Event e = it.rules();
            String type = predicted[i], gold = it.gold();
            perType.computeIfAbsent(gold, k -> new int[3])[0]++;
            perType.computeIfAbsent(type, k -> new int[3])[1]++;
            if (type.equals(gold)) {
                correct++;
                perType.get(gold)[2]++;
            } else {
                mistakes.add(String.format(Locale.ROOT, "%s\tgold %s\tpredicted %s\trules %s\t%s", it.id(), gold, type,
                        e == null ? "-" : e.type() + "/" + e.mode() + " " + e.cameo() + " '" + e.trigger() + "'", it.text()));
            }
            if (!it.goldMode().isBlank()) {
                modeScored++;
                // the mode comes from the rules' CAMEO code, so it counts only where their type is the one predicted
                if (e != null && inGoldScheme(e.type(), e.type(), e.cameo()).name().equals(type) && e.mode().equals(it.goldMode()))
                    modeCorrect++;
            }
            if (it.goldSource() != null) {
                sScored++;
                if (e != null && it.goldSource().equals(country(e.agent()))) sCorrect++;
            }
            if (it.goldTarget() != null) {
                tScored++;
                if (e != null && it.goldTarget().equals(country(e.target()))) tCorrect++;
            }
        }
        double f1 = 0;
        int golds = 0;
        for (Map.Entry<String, int[]> t : perType.entrySet()) {
            int[] n = t.getValue();
            if (n[0] == 0) continue;
            golds++;
            double p = n[1] == 0 ? 0 : (double) n[2] / n[1], rec = (double) n[2] / n[0];
            f1 += p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        }
        String how = switch (typing) {
            case RULES -> "rules";
            case MODEL -> "rules, then the bundled model (" + model.get().provenance().lines().findFirst().orElse("?")
                    + "; not held out if that is this file)";
            case CROSS_VALIDATED -> (every ? "a model per fold over the rules' type" : "rules, then a model per fold")
                    + " (" + folds + "-fold cross-validation, liblinear C=" + c
                    + (dense == Dense.NONE ? "" : ", MiniLM " + dense.name().toLowerCase(Locale.ROOT) + " vectors of length " + scale) + ")";
        };
        return new Result(jsonl.toString(), how, items.size(), correct, golds == 0 ? 0 : f1 / golds, modeScored,
                modeCorrect, sScored, sCorrect, tScored, tCorrect, perType, mistakes);
    }

    /** The model's type for a record the rules found no event in, when it is sure enough as the stage requires. */
    private static String modelled(EventTypeModel m, Item it, String otherwise) {
        return modelled((features, dense) -> m.classify(features), it, otherwise);
    }

    private static String modelled(EventTypeTrainer.Classifier m, Item it, String otherwise) {
        EventTypeModel.Prediction p = m.classify(it.features(), it.dense());
        return p.probability() >= EventExtractor.MODEL_THRESHOLD ? p.type().name() : otherwise;
    }

    /** Trains a model on every record of {@code jsonl}. */
    public EventTypeModel train(Path jsonl, double c, String provenance) throws IOException {
        List<EventTypeTrainer.Example> examples = new ArrayList<>();
        for (Item it : items(jsonl, Dense.NONE)) examples.add(example(it));
        return EventTypeTrainer.train(examples, c, provenance);
    }

    private static EventTypeTrainer.Example example(Item it) {
        return new EventTypeTrainer.Example(it.features(), it.dense(), PloverType.valueOf(it.gold()));
    }

    /** The scorable records of {@code jsonl} (text and a known PLOVER type), analyzed. */
    List<Item> items(Path jsonl, Dense dense) throws IOException {
        ObjectMapper m = Json.mapper();
        List<Item> items = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode r;
                try {
                    r = m.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                String text = r.path("text").asText(""), gold = r.path("event").asText("");
                if (text.isBlank() || gold.isBlank() || !known(gold)) continue;
                Analysis a = analyze(text);
                items.add(new Item(r.path("id").asText(""), text, gold, r.path("mode").asText(""), country(r.path("source")),
                        country(r.path("target")), a.main(), a.coded(), a.features(), vector(text, dense)));
            }
        }
        return items;
    }

    /** The record's dense vector of kind {@code dense} (empty for none; zeros where the parse has no sentence). */
    private float[] vector(String text, Dense dense) {
        if (dense == Dense.NONE) return new float[0];
        Doc parsed = parsing.parsed(Article.of("eval", null, "en", LocalDate.of(2000, 1, 1), null, null, text, "plover"));
        Embeddings e = encoder.apply(parsed).get(Layer.EMBEDDINGS).get(0);
        Parse parse = new Parse(parsed);
        List<Sentence> sentences = parse.sentences();
        if (sentences.isEmpty()) return new float[e.dimension()];
        if (dense == Dense.SENTENCE) return e.sentence(0);
        int main = EventTypeFeatures.mainToken(parse, sentences.get(0));
        return main < 0 ? new float[e.dimension()] : e.token(main);
    }

    private static boolean known(String type) {
        try {
            PloverType.valueOf(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** What the stage makes of one text: the rules' main event (null when none) and the classifier's features. */
    record Analysis(Event main, PloverType coded, List<String> features) {}

    /**
     * Analyzes {@code text}: the rules' main event is the one whose trigger lies nearest the root of its tree, its
     * missing agent or target filled from {@link ArgumentPicker}; the features are those of the first sentence's
     * main token ({@link EventTypeFeatures#mainToken}), with the rules' main event's type added.
     */
    Analysis analyze(String text) {
        Article article = Article.of("eval", null, "en", LocalDate.of(2000, 1, 1), null, null, text, "plover");
        Doc parsed = parsing.parsed(article);
        Doc actors = resolver.apply(RegexTokenizer.tokenize(article).with(Layer.ENTITIES, List.of()));
        Doc doc = parsed.with(Layer.ACTORS, actors.get(Layer.ACTORS)).with(Layer.PLACES, List.of())
                .with(Layer.TIMES, List.of()).with(Layer.CLAIMS, List.of());
        if (!doc.has(Layer.ENTITIES)) doc = doc.with(Layer.ENTITIES, List.of());
        List<Event> events = extractor.apply(doc).get(Layer.EVENTS);
        ArgumentPicker.Choice choice = ArgumentPicker.pick(doc, doc.get(Layer.ACTORS), null);
        Parse parse = new Parse(doc);
        Event best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Event e : events) {
            int t = parse.headOf(e.span()), depth = 0;
            for (int k = t; k >= 0 && depth < 100; k = parse.head(k)) depth++;
            if (depth < bestDepth) {
                best = e;
                bestDepth = depth;
            }
        }
        // the coders code an intent by what is intended: "plans to impose restrictions" is the imposing, intended
        if (best != null) {
            List<Integer> tokens = events.stream().map(e -> parse.headOf(e.span())).toList();
            int intended = PloverCoding.intended(parse, parse.headOf(best.span()), tokens);
            if (intended != parse.headOf(best.span())) best = events.get(tokens.indexOf(intended));
        }
        List<Sentence> sentences = parse.sentences();
        int main = sentences.isEmpty() ? -1 : EventTypeFeatures.mainToken(parse, sentences.get(0));
        int at = best != null ? parse.headOf(best.span()) : main;
        List<String> features = main < 0 ? List.of("bias")
                : typeFeatures.of(parse, main, sentences.get(0), best == null ? null : best.type(), best == null ? -1 : at);
        PloverType coded = null;
        if (at >= 0)
            coded = inGoldScheme(PloverCoding.code(best == null ? null : PloverCoding.violence(parse, at, best.type()),
                    PloverCoding.stance(parse, at)), best == null ? null : best.type(), best == null ? null : best.cameo());
        if (best == null) return new Analysis(null, coded, features);
        ActorRef agent = best.agent() != null || choice.source() == null ? best.agent()
                : ActorRef.named(choice.source().code(), choice.source().name(), choice.source().span());
        ActorRef target = best.target() != null || choice.target() == null ? best.target()
                : ActorRef.named(choice.target().code(), choice.target().name(), choice.target().span());
        return new Analysis(new Event(best.span(), best.trigger(), best.type(), best.mode(), best.cameo(), agent, target,
                best.place(), best.placeName(), best.time(), best.quantities(), best.polarity(), best.modality(),
                best.claim(), best.holder(), best.evidence()), coded, features);
    }

    /**
     * The type {@code coded} in the scheme of the gold records (PLOVER 0.5b1, coded from the CAMEO 1.1b3 manual;
     * the table of ../shared/eval/plover-gsr/README.md) where it is the type the rules read from CAMEO code
     * {@code cameo} ({@code ruleType}) by the 2021 table, which moved some codes: 0.5b1 has no ACCUSE (CAMEO 09 is
     * INVESTIGATE, 11 DISAPPROVE), 17 is COERCE throughout (2021: 1712 destroy property and 175 repression are
     * ASSAULT) and 0813–0814 CONCEDE (2021: easing a curfew or state of emergency is RETREAT; a resignation, 0831,
     * which the manual makes RETREAT, is RETREAT in the records too). A type the coders' convention gave
     * ({@link PloverCoding}) stays, as does everything the stage types without a code. The stage keeps the 2021 types
     * (issue 10's seed expects ACCUSE).
     */
    static PloverType inGoldScheme(PloverType coded, PloverType ruleType, String cameo) {
        if (coded == PloverType.ACCUSE) return cameo != null && cameo.startsWith("09") ? PloverType.INVESTIGATE : PloverType.DISAPPROVE;
        if (coded == null || coded != ruleType || cameo == null) return coded;
        if (cameo.startsWith("17")) return PloverType.COERCE;
        if (cameo.startsWith("0813") || cameo.startsWith("0814")) return PloverType.CONCEDE;
        return coded;
    }

    private static String country(JsonNode slot) {
        for (JsonNode a : slot) {
            String code = a.path("code").asText("");
            if (code.length() >= 3) return code.substring(0, 3);
        }
        return null;
    }

    private static String country(ActorRef a) {
        return a == null || a.code() == null || a.code().length() < 3 ? null : a.code().substring(0, 3);
    }
}
