package org.sitrep.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.events.EventExtractor;
import org.sitrep.events.EventTypeModel;
import org.sitrep.events.PloverMappings;
import org.sitrep.json.Json;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Event;
import org.sitrep.model.PloverType;

/**
 * Scores the events stage on PETRARCH validation records ({@link CameoRecords}): each sentence analyzed as
 * {@code eval events} does ({@link EventEvaluation}); its main event's CAMEO code is the dictionary code of the
 * trigger, or, where the coders' convention retypes it or the model types a sentence the rules miss, the CAMEO
 * root of that PLOVER type. A sentence is right on the root (first two digits) or the full code when the code is
 * one of its expected events' or, for a sentence with no expected event, when none is found. Source and target are
 * scored over the sentences with an expected event that names them: the event's agent (target) code equals one of
 * theirs exactly.
 */
public final class CameoEvaluation {
    private final EventEvaluation events;
    private final Optional<EventTypeModel> model;

    public CameoEvaluation(EventEvaluation events, Optional<EventTypeModel> model) {
        this.events = events;
        this.model = model;
    }

    /** The figures for one file. */
    public record Result(String file, int records, int withEvents, int rootCorrect, int fullCorrect, int noneCorrect,
                         int sourceScored, int sourceCorrect, int targetScored, int targetCorrect) {
        public String table() {
            return String.format(Locale.ROOT, """
                    cameo: %s (%d sentences, %d with an expected event, %d without)
                      root code accuracy   %.3f (%d/%d)
                      full code accuracy   %.3f (%d/%d)
                      no event, none found %d/%d
                      source code          %.3f (%d/%d)
                      target code          %.3f (%d/%d)
                    """, file, records, withEvents, records - withEvents, ratio(rootCorrect, records), rootCorrect,
                    records, ratio(fullCorrect, records), fullCorrect, records, noneCorrect, records - withEvents,
                    ratio(sourceCorrect, sourceScored), sourceCorrect, sourceScored, ratio(targetCorrect, targetScored),
                    targetCorrect, targetScored);
        }

        public ObjectNode json() {
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("file", file).put("records", records).put("withEvents", withEvents);
            o.put("rootAccuracy", ratio(rootCorrect, records)).put("fullAccuracy", ratio(fullCorrect, records));
            o.put("noEventCorrect", noneCorrect);
            o.put("sourceAccuracy", ratio(sourceCorrect, sourceScored)).put("sourceScored", sourceScored);
            o.put("targetAccuracy", ratio(targetCorrect, targetScored)).put("targetScored", targetScored);
            return o;
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    public Result run(Path xml) throws IOException {
        List<CameoRecords.Record> records;
        try (InputStream in = Files.newInputStream(xml)) {
            records = CameoRecords.read(in);
        }
        int with = 0, root = 0, full = 0, none = 0, sScored = 0, sCorrect = 0, tScored = 0, tCorrect = 0;
        for (CameoRecords.Record r : records) {
            EventEvaluation.Analysis a = events.analyze(r.text());
            String code = code(a);
            List<CameoRecords.Coding> gold = r.codings();
            if (gold.isEmpty()) {
                if (code.isEmpty()) {
                    root++;
                    full++;
                    none++;
                }
                continue;
            }
            with++;
            if (!code.isEmpty() && gold.stream().anyMatch(g -> g.event().startsWith(code.substring(0, 2)))) root++;
            if (gold.stream().anyMatch(g -> g.event().equals(code))) full++;
            Event e = a.main();
            if (gold.stream().anyMatch(g -> !g.source().isEmpty())) {
                sScored++;
                if (e != null && gold.stream().anyMatch(g -> g.source().equals(code(e.agent())))) sCorrect++;
            }
            if (gold.stream().anyMatch(g -> !g.target().isEmpty())) {
                tScored++;
                if (e != null && gold.stream().anyMatch(g -> g.target().equals(code(e.target())))) tCorrect++;
            }
        }
        return new Result(xml.toString(), records.size(), with, root, full, none, sScored, sCorrect, tScored, tCorrect);
    }

    /** The CAMEO code predicted for a sentence, "" for none. */
    private String code(EventEvaluation.Analysis a) {
        PloverType coded = a.coded();
        if (a.main() != null) {
            Event e = a.main();
            // the rules' own code where the coders' convention kept their type (in either PLOVER scheme)
            boolean kept = coded == e.type() || coded == EventEvaluation.inGoldScheme(e.type(), e.type(), e.cameo());
            return kept ? e.cameo() : PloverMappings.standard().cameoRoot(coded);
        }
        if (coded != null) return PloverMappings.standard().cameoRoot(coded);
        if (model.isPresent()) {
            EventTypeModel.Prediction p = model.get().classify(a.features());
            if (p.probability() >= EventExtractor.MODEL_THRESHOLD) return PloverMappings.standard().cameoRoot(p.type());
        }
        return "";
    }

    private static String code(ActorRef a) {
        return a == null || a.code() == null ? "" : a.code();
    }
}
