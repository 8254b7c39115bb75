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
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.events.ArgumentPicker;
import org.sitrep.events.EventExtractor;
import org.sitrep.events.internal.Parse;
import org.sitrep.json.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Layer;
import org.sitrep.model.Stage;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.ActorResolver;

/**
 * Scores the events stage on PLOVER gold records ({@code event}, {@code mode}, {@code source}/{@code target} codes):
 * each record's text is parsed (CoreNLP, through {@link ActorEvaluation}'s parse cache), its actors resolved over
 * regex tokens as {@code eval actors} does, and {@link EventExtractor} run with no places, times or claims. The
 * record's predicted event is the one whose trigger is nearest the root of its sentence's tree (the main event;
 * ties by text order); a record with no event counts as wrong. Its agent and target, where the events stage finds
 * none, come from {@link ArgumentPicker} (the sentence's main clause), as a coder would take them. Reports type accuracy, macro-F1 over the gold
 * types, mode accuracy (records whose gold mode is given) and the predicted event's agent/target country accuracy
 * (records whose gold slot is given). The stage is rules only: nothing is trained, so a cross-validated run scores
 * every fold with the same rules and gives the same figures.
 */
public final class EventEvaluation {
    private final ActorEvaluation parsing;
    private final ActorResolver resolver;
    private final EventExtractor extractor = new EventExtractor();

    public EventEvaluation(ActorRegistry registry, Stage parser, Path cache) {
        this.parsing = new ActorEvaluation(registry, parser, cache);
        this.resolver = new ActorResolver(registry);
    }

    /** The figures for one file. */
    public record Result(String file, int records, int typeCorrect, double macroF1, int modeScored, int modeCorrect,
                         int sourceScored, int sourceCorrect, int targetScored, int targetCorrect,
                         Map<String, int[]> perType) {
        public double typeAccuracy() {
            return records == 0 ? 0 : (double) typeCorrect / records;
        }

        public String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "events: %s (%d records; rules, no training)%n", file, records));
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

    public Result run(Path jsonl) throws IOException {
        ObjectMapper m = Json.mapper();
        int records = 0, correct = 0, modeScored = 0, modeCorrect = 0, sScored = 0, sCorrect = 0, tScored = 0, tCorrect = 0;
        Map<String, int[]> perType = new TreeMap<>();
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
                if (text.isBlank() || gold.isBlank()) continue;
                records++;
                Event e = predict(text);
                String type = e == null ? "(none)" : e.type().name();
                perType.computeIfAbsent(gold, k -> new int[3])[0]++;
                perType.computeIfAbsent(type, k -> new int[3])[1]++;
                if (type.equals(gold)) {
                    correct++;
                    perType.get(gold)[2]++;
                }
                String goldMode = r.path("mode").asText("");
                if (!goldMode.isBlank()) {
                    modeScored++;
                    if (e != null && e.mode().equals(goldMode)) modeCorrect++;
                }
                String gs = country(r.path("source")), gt = country(r.path("target"));
                if (gs != null) {
                    sScored++;
                    if (e != null && gs.equals(country(e.agent()))) sCorrect++;
                }
                if (gt != null) {
                    tScored++;
                    if (e != null && gt.equals(country(e.target()))) tCorrect++;
                }
            }
        }
        double f1 = 0;
        int golds = 0;
        for (Map.Entry<String, int[]> t : perType.entrySet()) {
            int[] c = t.getValue();
            if (c[0] == 0) continue;
            golds++;
            double p = c[1] == 0 ? 0 : (double) c[2] / c[1], rec = (double) c[2] / c[0];
            f1 += p + rec == 0 ? 0 : 2 * p * rec / (p + rec);
        }
        return new Result(jsonl.toString(), records, correct, golds == 0 ? 0 : f1 / golds, modeScored, modeCorrect,
                sScored, sCorrect, tScored, tCorrect, perType);
    }

    /** The main event of {@code text}: the one whose trigger lies nearest the root of its tree; null when none. */
    public Event predict(String text) {
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
        if (best == null) return null;
        ActorRef agent = best.agent() != null || choice.source() == null ? best.agent()
                : ActorRef.named(choice.source().code(), choice.source().name(), choice.source().span());
        ActorRef target = best.target() != null || choice.target() == null ? best.target()
                : ActorRef.named(choice.target().code(), choice.target().name(), choice.target().span());
        return new Event(best.span(), best.trigger(), best.type(), best.mode(), best.cameo(), agent, target,
                best.place(), best.placeName(), best.time(), best.quantities(), best.polarity(), best.modality(),
                best.claim(), best.holder(), best.evidence());
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
