package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Stage;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.testkit.HandParse;
import org.junit.jupiter.api.io.TempDir;

/** Scoring logic on records written for this test (same fields as PLOVER's, invented sentences). */
class ActorEvaluationTest {
    private static final ActorEvaluation EVAL = new ActorEvaluation();

    @Test
    void picksTheSubjectAsSourceAndTheNextActorAsTarget() {
        ActorEvaluation.Picked p = EVAL.pick("Ukrainian forces shelled Russian positions near the border, "
                + "the General Staff said on Monday.", LocalDate.of(2025, 4, 28));
        assertThat(p.source().code()).isEqualTo("UKRMIL");
        assertThat(p.target().code()).startsWith("RUS");
    }

    @Test
    void leadingAdverbialAndTrailingAttributionAreSetAside() {
        ActorEvaluation.Picked p = EVAL.pick("In a letter to NATO, Belarus accused Poland of provocations, TASS reported.",
                LocalDate.of(2025, 4, 28));
        assertThat(p.source().code()).isEqualTo("BLR");
        assertThat(p.target().code()).isEqualTo("POL");
    }

    @Test
    void capitalActedUponStandsInForTheTargetWhenNoActorFollows() {
        ActorEvaluation.Picked p = EVAL.pick("Russian forces shelled Kyiv overnight.", LocalDate.of(2025, 4, 28));
        assertThat(p.source().code()).isEqualTo("RUSMIL");
        assertThat(p.target().code()).isEqualTo("UKR");
        assertThat(p.target().role()).isEqualTo("place");
    }

    @Test
    void scoresCountryAndSectorPerSlot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"doc\", \"event\": \"DOCUMENT\"}",
                // source right (country and sector), target right country
                "{\"date\": \"2025-04-28\", \"text\": \"Ukrainian forces shelled Russian positions.\", "
                        + "\"source\": [{\"code\": \"UKR\", \"sector\": \"MIL\"}], \"target\": [{\"code\": \"RUS\"}]}",
                // source right country, wrong sector; no target to score
                "{\"date\": \"2025-04-28\", \"text\": \"Belarusian officials met in Minsk.\", "
                        + "\"source\": [{\"code\": \"BLR\", \"sector\": \"MIL\"}], \"target\": null}",
                // nothing resolvable: the source slot is missed
                "{\"date\": \"2025-04-28\", \"text\": \"Villagers left at dawn.\", "
                        + "\"source\": [{\"code\": \"SYR\", \"sector\": \"CVL\"}], \"target\": \"\"}",
                "not json"));
        ActorEvaluation.Result r = EVAL.run(file);
        assertThat(r.records()).isEqualTo(3);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.source().slots()).isEqualTo(3);
        assertThat(r.source().covered()).isEqualTo(2);
        assertThat(r.source().countryCorrect()).isEqualTo(2);
        assertThat(r.source().sectorScored()).isEqualTo(2);
        assertThat(r.source().sectorCorrect()).isEqualTo(1);
        assertThat(r.target().slots()).isEqualTo(1);
        assertThat(r.target().countryCorrect()).isEqualTo(1);
        assertThat(r.both().countryAccuracy()).isEqualTo(3.0 / 4);
        assertThat(r.table()).contains("source", "target", "0.667");
        assertThat(r.json().path("source").path("countryAccuracy").asDouble()).isEqualTo(2.0 / 3);
    }

    /** A parser that returns one hand-written parse for whatever text it is given. */
    private record HandParser(String... rows) implements Stage {
        public String name() { return "hand"; }
        public String version() { return "1"; }
        public Set<Layer<?>> requires() { return Set.of(); }
        public Set<Layer<?>> produces() { return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.DEPENDENCIES); }
        public Doc apply(Doc doc) { return HandParse.of(doc.text(), rows); }
    }

    private static final String[] ARREST = {"Egyptian JJ 2 amod", "police NNS 3 nsubj", "arrested VBD 0 root",
            "dozens NNS 3 obj", "of IN 6 case", "protesters NNS 4 nmod"};

    @Test
    void unnamedTargetOfADomesticStoryIsTheSourcesCountry() {
        ActorEvaluation eval = new ActorEvaluation(ActorRegistry.standard(),
                new HandParser(concat(ARREST, ". . 3 punct")), null);
        ActorEvaluation.Picked p = eval.pick("Egyptian police arrested dozens of protesters.", LocalDate.of(2025, 4, 28));
        assertThat(p.source().code()).isEqualTo("EGYCOP");
        // the country of the source; the sector of the slot's sector noun (petrarch's agents: protester → OPP)
        assertThat(p.target().code()).isEqualTo("EGYOPP");
        assertThat(p.target().role()).isEqualTo(ActorEvaluation.DOMESTIC);
        // the linear picker finds no target here
        assertThat(EVAL.pick("Egyptian police arrested dozens of protesters.", LocalDate.of(2025, 4, 28)).target()).isNull();
    }

    @Test
    void domesticDefaultCanBeSwitchedOff() {
        ActorEvaluation eval = new ActorEvaluation(ActorRegistry.standard(),
                new HandParser(concat(ARREST, ". . 3 punct")), null, false);
        ActorEvaluation.Picked p = eval.pick("Egyptian police arrested dozens of protesters.", LocalDate.of(2025, 4, 28));
        assertThat(p.source().code()).isEqualTo("EGYCOP");
        assertThat(p.target()).isNull();
    }

    @Test
    void noDomesticDefaultWhenTheTextNamesAForeignActor() {
        ActorEvaluation eval = new ActorEvaluation(ActorRegistry.standard(), new HandParser(concat(ARREST,
                ", , 3 punct", "Israeli JJ 9 amod", "radio NN 10 nsubj", "said VBD 3 parataxis", ". . 3 punct")), null);
        ActorEvaluation.Picked p = eval.pick("Egyptian police arrested dozens of protesters, Israeli radio said.",
                LocalDate.of(2025, 4, 28));
        assertThat(p.source().code()).isEqualTo("EGYCOP");
        assertThat(p.target()).isNull();
    }

    @Test
    void parseIsCachedAndReused(@TempDir Path dir) {
        String text = "Egyptian police arrested dozens of protesters.";
        HandParser parser = new HandParser(concat(ARREST, ". . 3 punct"));
        new ActorEvaluation(ActorRegistry.standard(), parser, dir).pick(text, LocalDate.of(2025, 4, 28));
        // Same name and version, but its parse would throw (no such token): the second run must read the cache.
        ActorEvaluation.Picked p = new ActorEvaluation(ActorRegistry.standard(), new HandParser("nonsense X 0 root"), dir)
                .pick(text, LocalDate.of(2025, 4, 28));
        assertThat(p.target().role()).isEqualTo(ActorEvaluation.DOMESTIC);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void sectorIsTheFirstSectorCodeAfterThePrefix() {
        assertThat(ActorEvaluation.sector("RUSGOVMIL")).isEqualTo("GOV");
        assertThat(ActorEvaluation.sector("IGOUNO")).isEmpty();
        assertThat(ActorEvaluation.sector("UKR")).isEmpty();
        assertThat(ActorEvaluation.country("IGOWSTNAT")).isEqualTo("IGO");
    }
}
