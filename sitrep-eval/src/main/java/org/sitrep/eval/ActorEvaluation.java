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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.events.ArgumentPicker;
import org.sitrep.json.StandoffJson;
import org.sitrep.model.Stage;
import org.sitrep.json.Json;
import java.util.Optional;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.FeatureKind;
import org.sitrep.resolve.ActorRegistry;
import org.sitrep.resolve.Gazetteer;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.resolve.Word;

/**
 * Scores actor resolution on PLOVER gold-standard records (JSON Lines with {@code text}, {@code date} and
 * {@code source} / {@code target} lists of {@code {actorText, code, sector}}): for each record it resolves the
 * actors of the text and picks one source and one target, then compares their country part (the first three
 * letters of the CAMEO code: ISO alpha-3, or IGO/NGO/IMG) and their sector (GOV, MIL, REB…) with the gold actors.
 *
 * <p>Actors are resolved over regex tokens with no NER. Source and target are picked either by a dependency parse
 * ({@link ArgumentPicker}, when constructed with a parser, completed as {@code pickParsed} describes) or linearly, model-free, in
 * seconds. The linear picker (kept simple on purpose; it stands in for the attribution and event stages that will
 * do it properly, and is the parse picker's fallback):
 * <ul>
 *   <li>mentions inside a leading adverbial ("In a letter to the United Nations, …") or a trailing attribution
 *       (", the foreign ministry said on Monday.", "according to …") are set aside — they are rarely the
 *       event's parties;</li>
 *   <li>the source is the first remaining mention (the subject in an English news sentence), together with
 *       mentions joined to it by "and" or a comma — unless a later mention is the agent of a passive verb
 *       ("was attacked by X"): then X is the source and the subject the target;</li>
 *   <li>the target is the next remaining mention with a different code (the object after the main verb); when
 *       there is none, the first place after the source (a capital, or a town or region the gazetteer knows), coded
 *       by its country, since PLOVER codes places acted upon ("blockade Paris") by their country while the
 *       resolver leaves places out of the actor layer.</li>
 * </ul>
 * A gold slot counts as correct when the picked actor's country equals that of any gold actor in the slot
 * (slots may hold several actors: "Hungarian and Romanian officials"). Sector accuracy is over slots whose
 * country was right and whose gold sector is given; a gold slot without sector means the state itself (sector "").
 * Records with an empty slot are not scored for it. Thread-safe; stateless apart from the resolver and the
 * optional parse cache (written atomically, one file per text).
 */
public final class ActorEvaluation {
    /** The evidence stage of the mentions this evaluation adds (never stored). */
    static final String STAGE = "actor-evaluation";
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "MED",
            "JRN", "CVL", "REF", "ELI", "UAF", "SPY", "BUS", "EDU", "LAB", "REL", "HLH", "AGR", "CRM", "MOS", "IGO",
            "NGO", "ENV", "DEV", "HRI", "INS", "SOC");
    private static final Set<String> LEADING = Set.of("in", "on", "at", "after", "before", "despite", "following",
            "during", "under", "as", "while", "when", "with", "without", "amid", "since", "ahead", "speaking", "if");
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(said|says|reported|reports|told|announced|quoted|according|stated|added|reporting)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PASSIVE_BY = Pattern.compile(
            "\\b(?:was|were|been|being|is|are|be)\\s+(?:\\w+ly\\s+)?\\w+(?:ed|en|wn|t)\\b[^,.;]*\\bby\\s+(?:the\\s+|a\\s+|an\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> NOT_PLACES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "president", "minister", "prime", "king", "general");

    private static final Set<String> PLACE_CUES = Set.of("in", "at", "near", "to", "into", "from", "toward", "towards",
            "outside", "around", "across", "against", "of", "down", "capital", "blockade", "besiege", "shell", "bomb");

    /**
     * The role of a target that the parse picker defaulted to the source's country: something is acted upon but
     * unnamed, and every actor the text names is of the source's country (a domestic story). A guess, counted in
     * coverage; off with {@code domesticDefault = false}.
     */
    public static final String DOMESTIC = "domestic default";

    private final ActorRegistry registry;
    private final ActorResolver resolver;
    private final Stage parser;
    private final Path cache;
    private final boolean domesticDefault;

    /** The model-free evaluation: linear picking over regex tokens. */
    public ActorEvaluation(ActorRegistry registry) {
        this(registry, null, null);
    }

    public ActorEvaluation() {
        this(ActorRegistry.standard());
    }

    /**
     * @param parser a stage producing tokens, sentences and dependencies (CoreNLP) for parse-based picking
     *               ({@link ArgumentPicker}, the linear picker as fallback), or null for the linear picker only
     * @param cache  folder for the parser's output (one gzipped stand-off JSON file per text), or null for none
     */
    public ActorEvaluation(ActorRegistry registry, Stage parser, Path cache) {
        this(registry, parser, cache, true);
    }

    /**
     * @param domesticDefault with a parser: give an unnamed target of a domestic story the source's country (see
     *                        {@link #DOMESTIC}); false to leave such targets empty
     */
    public ActorEvaluation(ActorRegistry registry, Stage parser, Path cache, boolean domesticDefault) {
        this.registry = registry;
        this.resolver = new ActorResolver(registry);
        this.parser = parser;
        this.cache = parser == null ? null : cache;
        this.domesticDefault = domesticDefault;
    }

    /** Counts for one slot (source or target). */
    public record SlotScore(int slots, int covered, int countryCorrect, int sectorScored, int sectorCorrect) {
        public double countryAccuracy() {
            return ratio(countryCorrect, slots);
        }

        public double coverage() {
            return ratio(covered, slots);
        }

        /** Country accuracy over the slots where an actor was picked. */
        public double countryPrecision() {
            return ratio(countryCorrect, covered);
        }

        public double sectorAccuracy() {
            return ratio(sectorCorrect, sectorScored);
        }

        SlotScore plus(SlotScore o) {
            return new SlotScore(slots + o.slots, covered + o.covered, countryCorrect + o.countryCorrect,
                    sectorScored + o.sectorScored, sectorCorrect + o.sectorCorrect);
        }
    }

    /**
     * The figures for one file. {@code skipped} counts lines without text (documentation records, bad JSON);
     * {@code picker} says how source and target were picked.
     */
    public record Result(String file, int records, int skipped, String picker, SlotScore source, SlotScore target) {
        public SlotScore both() {
            return source.plus(target);
        }

        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "actors: %s (%d records scored, %d skipped; %s)%n",
                    file, records, skipped, picker));
            b.append(String.format(Locale.ROOT, "%-8s %6s %9s %17s %18s %16s%n", "slot", "slots", "coverage",
                    "country accuracy", "country precision", "sector accuracy"));
            row(b, "source", source);
            row(b, "target", target);
            row(b, "all", both());
            return b.toString();
        }

        private static void row(StringBuilder b, String name, SlotScore s) {
            b.append(String.format(Locale.ROOT, "%-8s %6d %9.3f %17.3f %18.3f %16.3f%n", name, s.slots(), s.coverage(),
                    s.countryAccuracy(), s.countryPrecision(), s.sectorAccuracy()));
        }

        public ObjectNode json() {
            ObjectMapper m = Json.mapper();
            ObjectNode root = m.createObjectNode();
            root.put("task", "actors");
            root.put("file", file);
            root.put("records", records);
            root.put("skipped", skipped);
            root.put("picker", picker);
            root.set("source", slot(m, source));
            root.set("target", slot(m, target));
            root.set("all", slot(m, both()));
            return root;
        }

        private static ObjectNode slot(ObjectMapper m, SlotScore s) {
            ObjectNode o = m.createObjectNode();
            o.put("slots", s.slots());
            o.put("covered", s.covered());
            o.put("countryCorrect", s.countryCorrect());
            o.put("sectorScored", s.sectorScored());
            o.put("sectorCorrect", s.sectorCorrect());
            o.put("coverage", s.coverage());
            o.put("countryAccuracy", s.countryAccuracy());
            o.put("countryPrecision", s.countryPrecision());
            o.put("sectorAccuracy", s.sectorAccuracy());
            return o;
        }
    }

    /** A gold actor: country part and sector ("" for the state itself, null when the gold sector is unknown). */
    record Gold(String country, String sector) {}

    /** The actors picked for one text: source (may be null) and target (may be null). */
    public record Picked(ActorMention source, ActorMention target) {}

    public Result run(Path jsonl) throws IOException {
        ObjectMapper m = Json.mapper();
        int records = 0, skipped = 0;
        SlotScore source = new SlotScore(0, 0, 0, 0, 0), target = source;
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode r;
                try {
                    r = m.readTree(line);
                } catch (IOException e) {
                    skipped++;
                    continue;
                }
                String text = r.path("text").asText("");
                if (text.isBlank()) {
                    skipped++;
                    continue;
                }
                records++;
                Picked p = pick(text, date(r.path("date").asText("")));
                source = source.plus(score(p.source(), gold(r.get("source"))));
                target = target.plus(score(p.target(), gold(r.get("target"))));
            }
        }
        return new Result(jsonl.toString(), records, skipped, picker(), source, target);
    }

    /**
     * Resolves the actors of {@code text} (published on {@code date}) and picks its source and target: by the
     * parse when this evaluation has a parser, else linearly.
     */
    public Picked pick(String text, LocalDate date) {
        Article article = Article.of("eval", null, "en", date, null, null, text, "plover");
        Doc doc = resolver.apply(RegexTokenizer.tokenize(article).with(Layer.ENTITIES, List.of()));
        List<ActorMention> all = doc.get(Layer.ACTORS);
        List<Span> aside = setAside(text);
        List<ActorMention> candidates = new ArrayList<>();
        for (ActorMention a : all)
            if (aside.stream().noneMatch(s -> s.contains(a.span()))) candidates.add(a);
        if (candidates.isEmpty()) candidates = all;
        Picked linear = pickLinear(doc, candidates, aside);
        if (parser == null) return linear;
        return pickParsed(parsed(article), doc, candidates, aside, linear);
    }

    /**
     * The parse's choice ({@link ArgumentPicker}), completed from the linear one: the linear source when the parse
     * finds no actor in the subject, and for the target, when no actor is in the object slots, a place named there
     * (a proper noun the registry or gazetteer knows), else the linear target unless it repeats the source; last,
     * when enabled, the {@link #DOMESTIC} default.
     */
    private Picked pickParsed(Doc parsed, Doc doc, List<ActorMention> candidates, List<Span> aside, Picked linear) {
        ArgumentPicker.Choice c = ArgumentPicker.pick(parsed, candidates, linear.source());
        ActorMention source = c.source() != null ? c.source() : linear.source();
        ActorMention target = c.target() == source ? null : c.target();
        if (target == null && !c.targetSlots().isEmpty()) {
            List<Span> names = properNouns(parsed, c.targetSlots(), doc.get(Layer.ACTORS));
            if (!names.isEmpty())
                target = placeWhere(doc, aside, w -> names.stream().anyMatch(n -> n.overlaps(w.span())), false);
        }
        if (target == null && linear.target() != null && source != null && linear.target() != source
                && !linear.target().code().equals(source.code()))
            target = linear.target();
        if (domesticDefault && target == null && source != null && !c.targetSlots().isEmpty()) {
            // Something is acted upon but unnamed ("police opened fire on demonstrators"): when every actor the
            // text names is of the source's country, the story is domestic and so, most likely, is the target.
            // Its sector comes from the first sector noun there ("protesters" → OPP), else it is the state.
            String home = country(source.code());
            if (doc.get(Layer.ACTORS).stream().allMatch(a -> country(a.code()).equals(home)))
                target = new ActorMention(c.targetSlots().get(0), home + sectorIn(doc, c.targetSlots()), home,
                        DOMESTIC, new Evidence(doc.article().id(), c.targetSlots().get(0), STAGE, "1", 0.3));
        }
        return new Picked(source, target);
    }

    /** The sector of the first sector noun ("police", "rebels") starting at one of {@code slots}, in slot order; "" if none. */
    private String sectorIn(Doc doc, List<Span> slots) {
        List<Word> words = Word.of(doc);
        for (Span slot : slots)
            for (int i = 0; i < words.size(); i++)
                if (words.get(i).span().start() == slot.start()) {
                    Optional<ActorRegistry.SectorMatch> m = registry.matchSector(words, i);
                    if (m.isPresent()) return m.get().sector();
                }
        return "";
    }

    /** The spans among {@code slots} whose parse token is a proper noun (NNP, NNPS) outside every actor mention. */
    private static List<Span> properNouns(Doc parsed, List<Span> slots, List<ActorMention> actors) {
        List<Span> out = new ArrayList<>();
        for (org.sitrep.model.Token t : parsed.get(Layer.TOKENS))
            if (t.pos() != null && t.pos().startsWith("NNP") && slots.contains(t.span())
                    && actors.stream().noneMatch(a -> a.span().overlaps(t.span())))
                out.add(t.span());
        return out;
    }

    private Picked pickLinear(Doc doc, List<ActorMention> candidates, List<Span> aside) {
        String text = doc.text();
        if (candidates.isEmpty()) return new Picked(null, null);
        ActorMention source = candidates.get(0);
        for (int c = 1; c < candidates.size(); c++) {
            // "A camp was attacked by Burundian militiamen": the agent of a passive verb is the source.
            String between = text.substring(source.span().end(), candidates.get(c).span().start());
            if (PASSIVE_BY.matcher(between).find()) {
                ActorMention agent = candidates.get(c);
                return new Picked(agent, agent.code().equals(source.code()) ? null : source);
            }
        }
        int k = 1;
        ActorMention last = source;
        while (k < candidates.size() && joined(text, last, candidates.get(k))) last = candidates.get(k++);
        for (; k < candidates.size(); k++)
            if (!candidates.get(k).code().equals(source.code())) return new Picked(source, candidates.get(k));
        int from = last.span().end();
        return new Picked(source, placeWhere(doc, aside, w -> w.span().start() >= from, true));
    }

    /** How this evaluation picks, for the result's header. */
    private String picker() {
        return parser == null ? "model-free, regex tokens, linear picker"
                : "regex tokens for actors, " + parser.name() + " " + parser.version() + " parse picker"
                        + (domesticDefault ? ", domestic default" : "");
    }

    /** The parsed document of an article, from the cache when there is one. */
    Doc parsed(Article article) {
        if (cache == null) return parser.apply(Doc.of(article));
        String key = (parser.name() + "-" + parser.version() + "-" + String.join(",",
                parser.produces().stream().map(Object::toString).sorted().toList())).replaceAll("[^A-Za-z0-9.,-]", "_");
        Path file = cache.resolve(key).resolve(article.id().value() + ".json.gz");
        try {
            if (Files.exists(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    Doc doc = StandoffJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (doc.text().equals(article.text())) return doc;
                }
            }
            Doc doc = parser.apply(Doc.of(article));
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "parse", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                out.write(StandoffJson.write(doc).getBytes(StandardCharsets.UTF_8));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not use the parse cache " + file, e);
        }
    }

    /**
     * PLOVER codes a place that an event is done to by its country ("blockade Paris" → FRA, "shelled Juba" → its
     * country). The resolver leaves places out of the actor layer, so when no actor follows the source, the first
     * place among the {@code allowed} words (after the source, or in the parse's target slots) stands in for the
     * target: a capital from the actor registry, else a capitalized name — after a place preposition or a past-tense
     * verb ("in Jericho", "shelled Juba") when {@code cue} — that the gazetteer knows — in a country
     * of the text's actors when there is one (1,000 people or more), else the most populous (10,000 or more) —
     * coded by its country. The gazetteer is loaded only when needed.
     */
    private ActorMention placeWhere(Doc doc, List<Span> aside, Predicate<Word> allowed, boolean cue) {
        List<Word> words = Word.of(doc);
        Set<String> countries = new java.util.HashSet<>();
        for (ActorMention a : doc.get(Layer.ACTORS)) countries.add(country(a.code()));
        String text = doc.text();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!allowed.test(w) || !w.capitalized()) continue;
            Optional<ActorRegistry.NameMatch> m = registry.matchName(words, i);
            if (m.isPresent()) {
                if (m.get().best().type() != ActorRegistry.NameType.CAPITAL) continue;
                Span span = new Span(w.span().start(), words.get(i + m.get().length() - 1).span().end());
                if (aside.stream().anyMatch(s -> s.contains(span))) continue;
                Actor state = m.get().best().actor();
                return place(doc, span, state.country(), state.name());
            }
            if (NOT_PLACES.contains(w.norm())) continue;
            if (cue) {
                if (i == 0 || words.get(i - 1).sentence() != w.sentence()) continue;
                Word prev = words.get(i - 1);
                boolean placeSlot = PLACE_CUES.contains(prev.norm()) || (!prev.capitalized() && prev.norm().endsWith("ed"));
                if (!placeSlot) continue;
            }
            for (int n = Math.min(3, words.size() - i); n >= 1; n--) {
                Word last = words.get(i + n - 1);
                if (!last.capitalized() || last.sentence() != w.sentence()) continue;
                Span span = new Span(w.span().start(), last.span().end());
                if (aside.stream().anyMatch(s -> s.contains(span))) continue;
                String name = span.of(text);
                List<Gazetteer.Entry> found = Gazetteer.global().lookup(name);
                // The countries the text's actors belong to come first (Greenville in a report on Liberia).
                Optional<Gazetteer.Entry> e = found.stream()
                        .filter(g -> countries.contains(iso3(g.country())) && g.population() >= 1_000).findFirst()
                        .or(() -> found.stream().filter(g -> g.kind() == FeatureKind.COUNTRY || g.population() >= 10_000)
                                .findFirst());
                if (e.isPresent()) {
                    String iso3 = iso3(e.get().country());
                    if (!iso3.isEmpty()) return place(doc, span, iso3, e.get().name());
                }
            }
        }
        return null;
    }

    private static ActorMention place(Doc doc, Span span, String country, String name) {
        return new ActorMention(span, country, name, "place",
                new Evidence(doc.article().id(), span, STAGE, "1", 0.5));
    }

    private static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return "";
        }
    }

    private static boolean joined(String text, ActorMention a, ActorMention b) {
        String between = text.substring(a.span().end(), b.span().start()).trim().toLowerCase(Locale.ROOT);
        return between.equals("and") || between.equals(",") || between.equals(", and");
    }

    /** Spans of a leading adverbial clause and of trailing attributions. */
    static List<Span> setAside(String text) {
        List<Span> out = new ArrayList<>();
        Matcher first = Pattern.compile("^\\W*(\\p{L}+)").matcher(text);
        int comma = text.indexOf(',');
        if (first.find() && LEADING.contains(first.group(1).toLowerCase(Locale.ROOT)) && comma > 0)
            out.add(new Span(0, comma));
        int lastComma = text.lastIndexOf(',');
        String tail = lastComma > 0 ? text.substring(lastComma) : "";
        // Only a short closing clause is an attribution (", the foreign ministry said on Monday.").
        if (lastComma > 0 && tail.split("\\s+").length <= 10 && ATTRIBUTION.matcher(tail).find())
            out.add(new Span(lastComma, text.length()));
        Matcher according = Pattern.compile("\\baccording to\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        if (according.find()) {
            int end = text.indexOf(',', according.end());
            out.add(new Span(according.start(), end < 0 ? text.length() : end));
        }
        return out;
    }

    private static SlotScore score(ActorMention picked, List<Gold> gold) {
        if (gold.isEmpty()) return new SlotScore(0, 0, 0, 0, 0);
        if (picked == null) return new SlotScore(1, 0, 0, 0, 0);
        String country = country(picked.code());
        String sector = sector(picked.code());
        List<Gold> sameCountry = gold.stream().filter(g -> g.country().equals(country)).toList();
        if (sameCountry.isEmpty()) return new SlotScore(1, 1, 0, 0, 0);
        List<Gold> known = sameCountry.stream().filter(g -> g.sector() != null).toList();
        if (known.isEmpty()) return new SlotScore(1, 1, 1, 0, 0);
        boolean sectorRight = known.stream().anyMatch(g -> g.sector().equals(sector));
        return new SlotScore(1, 1, 1, 1, sectorRight ? 1 : 0);
    }

    static String country(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }

    /** The first sector code after the country or international prefix: RUSGOVMIL → GOV, IGOUNO → "". */
    static String sector(String code) {
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (SECTORS.contains(part)) return part;
        }
        return "";
    }

    private static List<Gold> gold(JsonNode slot) {
        List<Gold> out = new ArrayList<>();
        if (slot == null || !slot.isArray()) return out;
        for (JsonNode a : slot) {
            String code = a.path("code").asText("");
            if (code.isBlank()) continue;
            JsonNode s = a.get("sector");
            String sector;
            if (s == null || s.isNull() || s.asText().isEmpty()) sector = "";
            else if (s.asText().startsWith("*")) sector = null;
            else sector = s.asText().substring(0, Math.min(3, s.asText().length())).toUpperCase(Locale.ROOT);
            out.add(new Gold(country(code.toUpperCase(Locale.ROOT)), sector));
        }
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return LocalDate.of(2000, 1, 1); // PLOVER's placeholder date, used when a record has none
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
