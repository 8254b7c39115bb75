package org.sitrep.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sitrep.lexicon.CueLexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.FeatureKind;
import org.sitrep.model.Evidence;
import org.sitrep.model.Layer;
import org.sitrep.model.Span;
import org.sitrep.model.StageVersions;
import org.sitrep.model.Stage;
import org.sitrep.resolve.ActorRegistry.NameMatch;
import org.sitrep.resolve.ActorRegistry.NameType;
import org.sitrep.resolve.ActorRegistry.SectorMatch;

/**
 * Finds the actors a text names and resolves them to CAMEO codes at the article's publication date.
 *
 * <p>It scans the words of the text left to right for the longest registry name (not only inside NER spans:
 * "the General Staff of the Armed Forces of Ukraine" is one actor, UKRMIL, not "Ukraine"), then reads the
 * context around each name:
 * <ul>
 *   <li>a country or demonym followed by a sector noun gives the country's sector ("North Korean troops" → PRKMIL,
 *       "Ukrainian authorities" → UKRGOV); a sector noun + "of" before a country does the same ("president of
 *       Armenia" → ARMGOV);</li>
 *   <li>an institution followed by a role noun keeps its code and records the role ("a State Department
 *       spokesman" → USAGOV, spokesman);</li>
 *   <li>a title followed by a person becomes one mention of that person with the title as role ("Chief of the
 *       General Staff of the Russian Armed Forces Valery Gerasimov" → RUSMIL); a person the registry does not know
 *       takes the title's code, its name from an NER PERSON span (or, without NER, the capitalized words);</li>
 *   <li>an office of a town or region below country level is its country's government (legislature for an MP):
 *       "the mayor of Moscow" → RUSGOV, "the head of the Kharkiv region" → UKRGOV, "Kharkiv Governor Oleh Petrenko"
 *       → UKRGOV; the place is a capital of the registry or an unambiguous town or region of the
 *       {@link Gazetteer};</li>
 *   <li>a capital stands for its government (XXXGOV) only as the agent of a verb or the addressee of an appeal
 *       ("Pyongyang said", "Moscow's support", "called on Pyongyang"); after "in", "to", "from"… it is a place
 *       and no actor;</li>
 *   <li>a definite description ("the commission", "the ministry") resolves to the most recent earlier mention
 *       whose name holds that noun; "the agency" to the most recent news agency; a bare surname to the person
 *       named in full earlier.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; each {@link #apply} works on its own state.
 */
public final class ActorResolver implements Stage {
    public static final String NAME = "actor-resolver";
    /** Recorded with the output's fingerprint in {@link StageVersions}; a test says when to add a new one. */
    public static final String VERSION = StageVersions.current(NAME);

    private static final Set<String> LOCATIVE = Set.of(
            "in", "at", "near", "from", "to", "into", "outside", "around", "across", "toward", "towards", "via", "through", "inside", "over", "of", "visit", "visited");
    private static final Set<String> ADDRESSEE_CUES = Set.of(
            "urged", "urges", "urge", "accused", "accuses", "warned", "warns", "told", "tells", "asked", "asks", "pressed", "criticized", "criticised", "condemned", "blamed", "blames", "with", "against", "sanctioned", "and", "by");
    private static final Set<String> SKIPPABLE = Set.of(
            "has", "have", "had", "will", "would", "could", "may", "might", "also", "again", "already", "reportedly", "allegedly", "repeatedly", "officially", "still", "now", "then", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "earlier", "later", "not", "never", "swiftly", "quickly", "publicly", "firmly", "flatly");
    /** After a name, these make it an agent: speech verbs of the lexicon, and other verbs of acting and stance. */
    private static final Set<String> VERBS = CueLexicon.union(
            CueLexicon.forms(CueLexicon.AGENT_SPEECH, CueLexicon.Form.BASE, CueLexicon.Form.THIRD_PERSON),
            Set.of("said", "told", "tells"),
            Set.of(
            "agrees", "agree", "plans", "wants", "sends", "sent", "send", "is", "was", "has", "had", "will",
            "would", "took", "takes", "made", "makes", "gave", "gives", "won", "lost", "began", "begins",
            "sought", "seeks", "held", "holds", "led", "leads", "kept", "keeps", "hit", "hits", "struck",
            "strikes", "fought", "fights", "launched", "launches", "responded", "responds", "recognizes",
            "recognises", "refuses", "refused", "supports", "backs", "admits", "admitted", "hopes",
            "expects", "believes", "considers", "fears", "must", "should", "can", "cannot", "did", "does"));
    private static final Set<String> MODIFIERS = Set.of(
            "new", "former", "ex", "top", "senior", "acting", "deputy", "vice", "first", "interim", "outgoing", "incoming", "then", "ousted", "exiled", "elected", "visiting", "local", "regional", "federal", "own", "national", "chief", "state", "official", "government", "led");
    private static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "the", "a", "an", "on", "in", "and", "but", "he", "she", "it", "they", "who", "said", "has", "had", "was", "is", "will", "would", "at", "of");
    /** Forms of address before a surname: "Mr Sunak" is Sunak, not a longer name of someone else. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mx");
    /** Sectors of offices that precede a person's name ("President", "Judge", "General"), not "Criminal". */
    private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "MIL", "JUD", "LEG", "COP", "SPY", "ELI", "OPP", "PTY");
    /** Sectors of a state's own offices: an apposition naming one without its state is that state's (country open). */
    private static final Set<String> STATE_OFFICES = Set.of("GOV", "MIL", "JUD", "LEG", "COP", "SPY");
    /** Office nouns that head anything ("head of the clinic", "director of a bank"): no state office unless named. */
    private static final Set<String> HEADS = Set.of("head", "chief", "director", "leader", "chairman", "chairwoman",
            "president", "member", "secretary", "executive");
    /** Words that end an apposition after a name: a clause or a new sentence part begins. */
    private static final Set<String> APPOSITION_ENDS = Set.of("who", "which", "that", "said", "says", "told", "tells",
            "added", "and", "but", "when", "while", "whose");
    /** Office nouns that take a town or region after "of", with the sector of the office ("mayor of Moscow"). */
    private static final Map<String, String> LOCAL_OFFICES = Map.ofEntries(
            Map.entry("mayor", "GOV"), Map.entry("governor", "GOV"), Map.entry("head", "GOV"),
            Map.entry("leader", "GOV"), Map.entry("chief", "GOV"), Map.entry("mp", "LEG"), Map.entry("deputy", "LEG"),
            Map.entry("lawmaker", "LEG"), Map.entry("senator", "LEG"), Map.entry("congressman", "LEG"),
            Map.entry("congresswoman", "LEG"));
    /**
     * The party and state tag the US press puts after a legislator's name: "Sen. Jim Risch, R-Idaho", "Rep. Ann Kuster
     * (D-N.H.)". It makes the titled person a US one whatever country the report is about.
     */
    private static final Pattern PARTY_STATE_TAG =
            Pattern.compile("(?:,\\s*|\\s*\\()[RDI]-[A-Z][A-Za-z]*\\.?");
    /** Words after a place name that say what kind of place it is ("the Kharkiv region"), part of the office's span. */
    private static final Set<String> PLACE_DESIGNATORS = Set.of(
            "region", "regional", "oblast", "province", "city", "district", "county", "state", "krai", "governorate");
    /** Compass adjectives start region names of many countries ("Eastern" is a region of Ghana): no office's place. */
    private static final Set<String> COMPASS = Set.of("eastern", "western", "northern", "southern", "central", "east",
            "west", "north", "south");
    /** A place smaller than this is too likely another word or an unknown hamlet to name an office's country. */
    static final long MIN_OFFICE_PLACE_POPULATION = 100_000;
    private static final Set<String> PLACE_KINDS = Set.of(
            "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY", "FACILITY", "LOC", "GPE", "FAC");

    private final ActorRegistry registry;
    private final Function<Article, String> outletCountry;
    // loaded on the first office of a town or region: most texts name none, and PlaceResolver shares the instance
    private final Supplier<Gazetteer> gazetteer = Gazetteer::global;

    /** A resolver over the bundled registry that knows no outlet. */
    public ActorResolver() {
        this(ActorRegistry.standard());
    }

    public ActorResolver(ActorRegistry registry) {
        this(registry, article -> null);
    }

    /**
     * @param outletCountry the home country of an article's outlet when the outlet is a known one, else null (the
     *                      pipeline gives the outlet table's, which lives with linking)
     */
    public ActorResolver(ActorRegistry registry, Function<Article, String> outletCountry) {
        this.registry = registry;
        this.outletCountry = outletCountry;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layer.ACTORS);
    }

    @Override
    public Doc apply(Doc doc) {
        return doc.with(Layer.ACTORS, new Run(doc).resolve());
    }

    /** A found mention over words [start, end), before it becomes an {@link ActorMention}. */
    private record Found(int start, int end, String code, String name, String role, double confidence, Actor actor) {}

    /** The state of one resolution: one per document, never shared. */
    private final class Run {
        final Doc doc;
        final String text;
        final List<Word> w;
        final LocalDate date;
        final List<EntityMention> entities;
        final List<Found> found = new ArrayList<>();
        final Map<String, Found> surnames = new HashMap<>();
        // countries named but kept as no mention of their own: capitals as places, the state inside a title
        final List<String> placeCountries = new ArrayList<>();

        Run(Doc doc) {
            this.doc = doc;
            this.text = doc.text();
            this.w = Word.of(doc);
            this.date = doc.article().published();
            this.entities = doc.get(Layer.ENTITIES);
        }

        List<ActorMention> resolve() {
            int i = 0;
            while (i < w.size()) {
                Found f = at(i);
                if (f != null) {
                    found.add(f);
                    remember(f);
                    i = f.end();
                } else {
                    i++;
                }
            }
            shareSectorAcrossCoordination();
            fillOpenCountries();
            List<ActorMention> out = new ArrayList<>(found.size());
            for (Found f : found) {
                Span span = new Span(w.get(f.start()).span().start(), w.get(f.end() - 1).span().end());
                // The registry id only where the code is the entry's own: "Moscow" as its government is RUSGOV, not Moscow.
                String id = f.actor() != null && f.code() != null && f.code().equals(ownCode(f.actor()))
                        ? f.actor().id() : null;
                out.add(new ActorMention(span, f.code(), f.name(), f.role(),
                        new Evidence(doc.article().id(), span, NAME, VERSION, f.confidence()), id));
            }
            return out;
        }

        private Found at(int i) {
            Optional<NameMatch> match = registry.matchName(w, i);
            if (match.isPresent() && !insidePlaceEntityAsPerson(match.get(), i) && !partOfLongerName(match.get(), i)
                    && !ethnicGroup(match.get(), i)) {
                Found f = fromName(i, match.get());
                if (f != null) return f;
                if (match.get().best().type() == NameType.CAPITAL) {
                    placeCountries.add(match.get().best().actor().country());
                    return null;
                }
            }
            Found misspelled = misspelledPerson(i);
            if (misspelled != null) return misspelled;
            Word word = w.get(i);
            Found earlier = surnames.containsKey(word.norm()) ? surnames.get(word.norm()) : misspelledSurname(i);
            if (earlier != null && word.capitalized() && !(i + 1 < w.size() && w.get(i + 1).capitalized()
                    && w.get(i + 1).sentence() == word.sentence()))
                return new Found(i, i + 1, earlier.code(), earlier.name(), earlier.role(), 0.75, earlier.actor());
            if (word.norm().equals("the") && i + 1 < w.size() && registry.matchName(w, i + 1).isEmpty())
                return definite(i);
            Found office = officeOfPlace(i);
            if (office == null) office = placeBeforeOffice(i);
            if (office != null) return office;
            Found titled = titledStranger(i);
            return titled != null ? titled : appositiveTitle(i);
        }

        /**
         * An office of a place below country level: "the mayor of Moscow", "the head of the Kharkiv region", "Governor
         * of Bavaria Markus Söder", "an MP of Lviv". The place is a capital the registry knows or a town or region of
         * the gazetteer (the most populous one of that name, at least {@link #MIN_OFFICE_PLACE_POPULATION} people, with
         * no rival of a tenth its size in another country); the office is its country's government (GOV), a
         * legislator's its legislature (LEG): CAMEO codes sub-national officials by their state. A person named right
         * after the title holds the office. Null when word i starts no such phrase or the place is unknown.
         */
        private Found officeOfPlace(int i) {
            String sector = LOCAL_OFFICES.get(w.get(i).norm());
            if (sector == null || i + 1 >= w.size() || !w.get(i + 1).norm().equals("of") || !adjacent(i, i + 1))
                return null;
            int start = i + 2 < w.size() && w.get(i + 2).norm().equals("the") ? i + 3 : i + 2;
            int run = start; // the capitalized words after "of": the place, perhaps followed by a person's name
            while (run < w.size() && run - start < 4 && sameSentence(i, run) && w.get(run).capitalized()
                    && adjacent(run - 1, run) && !NOT_NAMES.contains(w.get(run).norm())
                    && !PLACE_DESIGNATORS.contains(w.get(run).norm()))
                run++;
            if (run == start) return null;
            String country = null;
            int k = run;
            Optional<NameMatch> named = registry.matchName(w, start);
            if (named.isPresent()) {
                // a state or body keeps its own rules ("president of Armenia", "head of the EC"); a capital is a city
                if (named.get().best().type() != NameType.CAPITAL || named.get().length() > run - start) return null;
                country = named.get().best().actor().country();
                k = start + named.get().length();
            } else if (!COMPASS.contains(w.get(start).norm())) { // "the leader of Eastern Europe" is no region's
                for (k = run; k > start && country == null; k--) // the longest place name: "Nizhny Novgorod Gleb Nikitin"
                    country = countryOfPlace(phrase(start, k - start));
                k++;
            }
            Optional<Actor> state = country == null ? Optional.empty() : registry.findState(country);
            if (state.isEmpty()) return null;
            int end = k;
            while (end < w.size() && end - k < 2 && sameSentence(i, end) && adjacent(end - 1, end)
                    && PLACE_DESIGNATORS.contains(w.get(end).norm()))
                end++;
            String title = phrase(i, end - i);
            Found p = personAfter(i, end, country + sector, title);
            if (p != null) return p;
            if (k < run) return null; // capitalized words after the place that are no person: a longer unknown name
            // the state as the actor, so that the place's name is not taken for a person's to refer back to
            return new Found(i, end, country + sector, phrase(start, k - start) + " (" + w.get(i).norm() + ")",
                    w.get(i).norm(), 0.75, state.get());
        }

        /**
         * A town or region named before an office and its holder: "Kharkiv Governor Oleh Petrenko", "Lviv MP Iryna
         * Koval" — the holder is coded with the place's country, as in {@link #officeOfPlace}. Only with a person
         * after the title ("Kharkiv governor's office" is no one); capitals already do this through the registry
         * ("Moscow Mayor X"). Null otherwise.
         */
        private Found placeBeforeOffice(int i) {
            if (!w.get(i).capitalized() || NOT_NAMES.contains(w.get(i).norm())) return null;
            for (int k = i + 1; k <= i + 2 && k + 1 < w.size() && sameSentence(i, k + 1); k++) {
                if (!adjacent(k - 1, k)) return null;
                String sector = LOCAL_OFFICES.get(ActorRegistry.titleWord(w.get(k))); // "Texas Gov. Ann Doe"
                if (sector == null) {
                    if (!w.get(k).capitalized()) return null;
                    continue;
                }
                if (!w.get(k).capitalized() && !w.get(k).norm().equals("mp")) return null;
                String country = countryOfPlace(phrase(i, k - i));
                if (country == null || registry.findState(country).isEmpty()) return null;
                Found p = personAfter(i, k + 1, country + sector, phrase(i, k + 1 - i));
                return p != null && p.actor() == null ? p : null;
            }
            return null;
        }

        /** The ISO 3166 alpha-3 country of a sub-national place name, or null when it is unknown or ambiguous. */
        private String countryOfPlace(String name) {
            // the name itself, not only its sound key ("Lviv" keys like Luzhou), most populous first
            String folded = folded(name);
            List<Gazetteer.Candidate> all = gazetteer.get().exactCandidates(name).stream()
                    .filter(c -> c.entry().kind() != FeatureKind.COUNTRY && folded(c.matchedName()).equals(folded))
                    .toList();
            if (all.isEmpty() || all.get(0).entry().population() < MIN_OFFICE_PLACE_POPULATION) return null;
            Gazetteer.Entry top = all.get(0).entry();
            for (Gazetteer.Candidate c : all)
                if (!c.entry().country().equals(top.country()) && c.entry().population() * 10 >= top.population())
                    return null; // two countries' towns of that name: which one's office is unknown
            try {
                return new Locale("", top.country()).getISO3Country();
            } catch (java.util.MissingResourceException e) {
                return null; // a code without an ISO alpha-3 form (XK)
            }
        }

        /**
         * A registry person named with a one-letter slip in the surname ("Wołodymyr Zelanski", see
         * {@link ActorRegistry#matchMisspelledPerson}); the text's own spelling then refers back to them ("Zelanski
         * said"). Null when the words name no one that way.
         */
        private Found misspelledPerson(int i) {
            Optional<NameMatch> m = registry.matchMisspelledPerson(w, i);
            if (m.isEmpty() || !sameSentence(i, i + 1) || !adjacent(i, i + 1) || insidePlaceEntityAsPerson(m.get(), i))
                return null;
            Found f = person(i, i + 2, m.get().best().actor(), null);
            surnames.put(w.get(i + 1).norm(), f);
            return f;
        }

        /**
         * A person's name part misspelled by one letter ("Blinkken" after "Antony Blinken", "Wierszynin" after
         * "Sergei Wierzynin"): machine-translated and hurried copy spells one person two ways in one article. Only a
         * word the NER takes for a person, of six letters or more, that starts like the earlier part and differs from
         * the parts of exactly one earlier coded person; null otherwise.
         */
        private Found misspelledSurname(int i) {
            Word word = w.get(i);
            if (word.norm().length() < 6 || !word.capitalized() || entityAt(word.span(), "PERSON") == null) return null;
            Found hit = null;
            for (Map.Entry<String, Found> e : surnames.entrySet()) {
                String part = e.getKey();
                if (part.length() < 6 || part.charAt(0) != word.norm().charAt(0) || !oneEditApart(part, word.norm())
                        || e.getValue().code() == null)
                    continue;
                if (hit != null && hit != e.getValue()) return null; // two people fit: neither
                hit = e.getValue();
            }
            return hit;
        }

        /**
         * A person the registry does not know, titled in the apposition after the name: "Rebekah Koffler, a former
         * U.S. intelligence officer" (USA), "Mykola Knyazhytsky, MP of the Supreme Council of Ukraine" (the council's
         * code), "Ivan Petrenko, Ukraine's defence minister" (UKRGOVMIL). The first body the apposition names gives the
         * code ("head of intelligence in the US Department of Defense"), else its first state with the first office
         * noun of the apposition as sector. An apposition that names no actor but a state office ("X, the new prime
         * minister", "X, the under secretary of defense for policy", "X, a spokeswoman for the ministry") is the
         * office of the state whose offices the text named last ({@link #countryOfLastOffice}); one that names another
         * body the registry does not know ("director of the Eastern Studies Center") or a head of something
         * unnamed ("head of the clinic") codes nothing, nor does one with no office ("a professor at the institute").
         * The apposition ends at the next comma or clause word.
         */
        private Found appositiveTitle(int i) {
            EntityMention person = entityStartingAt(w.get(i).span().start(), "PERSON");
            if (person == null) return null;
            int end = i;
            while (end < w.size() && w.get(end).span().end() <= person.span().end()) end++;
            if (end == i || end >= w.size() || !sameSentence(i, end)
                    || !text.substring(w.get(end - 1).span().end(), w.get(end).span().start()).trim().equals(","))
                return null;
            String code = null, sector = null, office = null;
            boolean state = false, former = false, unknownName = false;
            int covered = end; // the end of the last sector phrase: its capitalized words are the title's own
            for (int k = end; k < w.size() && k < end + 10 && sameSentence(i, k); k++) {
                if (k > end && !text.substring(w.get(k - 1).span().end(), w.get(k).span().start()).isBlank()
                        && !adjacent(k - 1, k)) break; // a comma or other mark ends the apposition
                if (APPOSITION_ENDS.contains(w.get(k).norm())) break;
                // "a retired army colonel": the agents list's "retired" (ELI) is no office, the one after it is
                boolean left = w.get(k).norm().equals("former") || w.get(k).norm().equals("retired");
                former |= left;
                Optional<NameMatch> m = code == null || state ? registry.matchName(w, k) : Optional.empty();
                if (m.isPresent() && m.get().best().actor().kind() != Actor.Kind.PERSON) {
                    Actor a = m.get().best().actor();
                    boolean isState = a.kind() == Actor.Kind.STATE || m.get().best().type() != NameType.NAME;
                    if (code != null && isState) continue; // the first state stays; a body after it is more precise
                    state = isState;
                    code = state ? a.country() : a.codeAt(date);
                    k += m.get().length() - 1;
                    continue;
                }
                Optional<SectorMatch> any = registry.matchSector(w, k);
                if (any.isPresent()) covered = Math.max(covered, k + any.get().length());
                else if (k >= covered && w.get(k).capitalized() && !MODIFIERS.contains(w.get(k).norm()))
                    unknownName = true;
                Optional<SectorMatch> s = sector == null && !left ? any : Optional.empty();
                if (s.isPresent() && OFFICE_SECTORS.contains(s.get().sector().substring(0,
                        Math.min(3, s.get().sector().length())))) {
                    sector = s.get().sector();
                    office = s.get().phrase().toLowerCase(Locale.ROOT);
                }
            }
            if ((code == null || code.isEmpty()) && sector != null && !unknownName && !HEADS.contains(office)
                    && STATE_OFFICES.contains(sector.substring(0, Math.min(3, sector.length())))) {
                String country = countryOfLastOffice(sector);
                return country == null ? null
                        : new Found(i, end, former ? country : country + sector, phrase(i, end - i), null, 0.5, null);
            }
            if (code == null || code.isEmpty()) return null;
            // "a former U.S. intelligence officer" holds no office now: a citizen of the state, as "a former Indian
            // diplomat" before a name (a body named in the apposition is where they served, not whom they speak for)
            if (former) return new Found(i, end, code.substring(0, Math.min(3, code.length())), phrase(i, end - i), null, 0.7, null);
            return new Found(i, end, state && sector != null ? code + sector : code, phrase(i, end - i), null, 0.7, null);
        }

        /**
         * The country of the latest earlier mention of a state's office that shares a part of {@code sector} ("the
         * Serbian government" or "Vucic" before "X, the new prime minister"; "the Defense Department" before "X, the
         * under secretary of defense"): an office the text names without its state is the one of the state whose
         * offices it was speaking of. Null when no earlier mention has such a sector.
         */
        private String countryOfLastOffice(String sector) {
            for (int k = found.size() - 1; k >= 0; k--) {
                Found f = found.get(k);
                if (f.code() == null || f.code().length() < 6 || f.code().startsWith("?") || f.code().startsWith("IGO"))
                    continue;
                String country = f.code().substring(0, 3);
                if (registry.findState(country).isEmpty()) continue;
                String own = f.code().substring(3);
                for (int c = 0; c + 3 <= sector.length(); c += 3)
                    if (own.contains(sector.substring(c, c + 3))) return country;
            }
            return null;
        }

        /**
         * "President Mugabe", "former president Carlos Menem": a title without a country before a person the
         * registry does not know. The country is left open ("?") and filled in after the scan ({@link #fillOpenCountries}):
         * an unqualified "President X" in a report is nearly always the country the report is about.
         */
        private Found titledStranger(int i) {
            int k = i;
            while (k < w.size() && k - i < 2 && MODIFIERS.contains(w.get(k).norm()) && registry.matchSector(w, k).isEmpty())
                k++;
            if (k >= w.size() || !sameSentence(i, k)) return null;
            Optional<SectorMatch> s = registry.matchSector(w, k);
            // an abbreviated title ("Pres.") is singular whatever its last letter
            if (s.isEmpty() || !(singular(s.get().phrase().split(" of ")[0])
                    || w.get(k + s.get().length() - 1).dotted()) || !adjacent(i, k + s.get().length())
                    || !OFFICE_SECTORS.contains(s.get().sector().substring(0, Math.min(3, s.get().sector().length()))))
                return null;
            if (!w.get(k).capitalized() && k == i) return null; // "the president said" is no title before a name
            int end = ofPortfolio(k + s.get().length());
            // "ex-president Carlos Menem" holds no office now: the country alone, once it is known
            Found p = personAfter(i, end, leftOffice(k) ? "?" : "?" + s.get().sector(), s.get().phrase());
            if (p == null || p.actor() != null) return null;
            String code = partyStateTag(p.end()) ? "USA" + p.code().substring(1) : p.code();
            return new Found(p.start(), p.end(), code, p.name(), p.role(), 0.5, null);
        }

        /** Whether a US party and state tag ({@link #PARTY_STATE_TAG}) follows word {@code end - 1}. */
        private boolean partyStateTag(int end) {
            return PARTY_STATE_TAG.matcher(text).region(w.get(end - 1).span().end(), text.length()).lookingAt();
        }

        /**
         * The end of a portfolio after an office noun: "Minister [of Foreign Affairs]", "Secretary [of State]" — "of"
         * and one to three capitalized words that name no actor (a country there makes the office that country's,
         * which {@link #fromName} reads). {@code j} itself when there is none.
         */
        private int ofPortfolio(int j) {
            if (j >= w.size() || !w.get(j).norm().equals("of") || !adjacent(j - 1, j)) return j;
            int k = j + 1;
            if (k < w.size() && w.get(k).norm().equals("the")) k++;
            int start = k;
            while (k < w.size() && k - start < 3 && sameSentence(j, k) && w.get(k).capitalized() && adjacent(k - 1, k)
                    && registry.matchName(w, k).isEmpty() && !NOT_NAMES.contains(w.get(k).norm()))
                k++;
            if (k < w.size() && w.get(k).norm().equals("and") && k + 1 < w.size() && w.get(k + 1).capitalized()) k += 2;
            return k > start && k < w.size() && w.get(k).capitalized() ? k : j;
        }

        /** A one-word person alias inside a longer capitalized name ("Hassan" in "Omar Hassan al-Bashir"). */
        private boolean partOfLongerName(NameMatch m, int i) {
            if (m.best().actor().kind() != Actor.Kind.PERSON || m.length() > 1) return false;
            boolean before = i > 0 && sameSentence(i - 1, i) && adjacent(i - 1, i) && w.get(i - 1).capitalized()
                    && !MODIFIERS.contains(w.get(i - 1).norm()) && !HONORIFICS.contains(w.get(i - 1).norm())
                    && registry.matchSector(w, i - 1).isEmpty()
                    && i - 1 > 0 && w.get(i - 2).sentence() == w.get(i).sentence();
            boolean after = i + 1 < w.size() && sameSentence(i, i + 1) && adjacent(i, i + 1) && w.get(i + 1).capitalized();
            return before || after;
        }

        /** "ethnic Albanians" are a group, not Albania. */
        private boolean ethnicGroup(NameMatch m, int i) {
            return m.best().type() == NameType.DEMONYM && i > 0 && w.get(i - 1).norm().equals("ethnic");
        }

        private Found fromName(int i, NameMatch m) {
            ActorRegistry.Entry e = m.best();
            Actor a = e.actor();
            int end = i + m.length();
            if (a.kind() == Actor.Kind.PERSON) return person(i, end, a, null);
            if (e.type() == NameType.CAPITAL) {
                Optional<Found> composed = withSector(i, end, a);
                if (composed.isPresent()) return composed.get();
                return capitalIsActor(i, end)
                        ? new Found(i, end, a.country() + "GOV", "Government of " + a.name(), null, 0.75, a) : null;
            }
            if (a.kind() == Actor.Kind.STATE) {
                Optional<Found> composed = withSector(i, end, a);
                if (composed.isPresent()) return composed.get();
                int t = titleBefore(i);
                if (t >= 0) {
                    SectorMatch s = registry.matchSector(w, t).orElseThrow(); // titleBefore found it there
                    String title = phrase(t, s.length());
                    // "the deputy minister of foreign affairs of Russia Sergei Ivanov": the person after the title holds
                    // it, and is one mention that later mentions of the name refer back to; not after "in" ("the
                    // Ambassador of Ukraine in Poland X" serves Ukraine, not Poland)
                    int prep = w.get(i - 1).norm().equals("the") ? i - 2 : i - 1; // titleBefore found "of" or "in" there
                    // "the former president of Poland", "the ex-minister of Russia": a citizen now, no office
                    String code = leftOffice(t) ? a.country() : a.code() + s.sector();
                    Found p = w.get(prep).norm().equals("of") ? personAfter(t, end, code, phrase(t, end - t)) : null;
                    if (p != null) {
                        placeCountries.add(a.country()); // the state still counts towards the text's country
                        return p;
                    }
                    return new Found(t, end, code, a.name() + " (" + title.toLowerCase(Locale.ROOT) + ")", title, 0.8, a);
                }
                return new Found(i, end, a.code(), a.name(), null, e.type() == NameType.DEMONYM ? 0.6 : 0.85, a);
            }
            // An institution: a role noun may follow ("spokesman"), then a person may follow the whole title.
            int start = i;
            String role = null;
            int t = titleBefore(i);
            if (t >= 0) start = t;
            int j = end;
            Optional<SectorMatch> roleNoun = j < w.size() ? registry.matchSector(w, j) : Optional.empty();
            if (roleNoun.isPresent() && sameSentence(i, j + roleNoun.get().length() - 1) && adjacent(i, j)) {
                role = roleNoun.get().phrase();
                j += roleNoun.get().length();
            }
            Found owned = ownedByState(start, j, a, role);
            if (owned != null) return owned;
            Found p = personAfter(start, j, a.code(), role);
            if (p != null) return p;
            if (t >= 0 && role == null) role = phrase(t, i - t).replaceAll("\\s+of( the)?$", "");
            return new Found(start, j, a.code(), a.name(), role, 0.9, a);
        }

        /**
         * A body whose registry name holds no country, followed by "of" another state, is that state's body: "the
         * National Security Council of Ukraine", also with a second part of the name between ("Secretary of the
         * National Security Council and Defense of Ukraine Oleksiy Danilov" → UKRGOV), and the person after it
         * holds that office. Null when no other state follows.
         */
        private Found ownedByState(int start, int j, Actor body, String role) {
            String code = body.codeAt(date);
            if (code == null || body.country().isEmpty() || !code.startsWith(body.country())) return null;
            int k = j;
            if (k + 1 < w.size() && w.get(k).norm().equals("and")) // "… Council and (the) Defense of Ukraine"
                for (k++; k < w.size() && k - j < 4 && !w.get(k).norm().equals("of") && registry.matchName(w, k).isEmpty(); k++) {}
            if (k >= w.size() || !w.get(k).norm().equals("of") || !sameSentence(start, k) || !adjacent(j - 1, k)) return null;
            int s = k + 1 < w.size() && w.get(k + 1).norm().equals("the") ? k + 2 : k + 1;
            Optional<NameMatch> m = s < w.size() ? registry.matchName(w, s) : Optional.empty();
            if (m.isEmpty() || m.get().best().actor().kind() != Actor.Kind.STATE || !sameSentence(start, s)
                    || m.get().best().actor().country().equals(body.country()))
                return null;
            Actor state = m.get().best().actor();
            String owned = state.country() + code.substring(body.country().length());
            int end = s + m.get().length();
            Found p = personAfter(start, end, owned, role);
            if (p == null) return new Found(start, end, owned, state.name() + " (" + body.name() + ")", role, 0.85, state);
            placeCountries.add(state.country()); // a person's mention: the state still counts towards the text's country
            return p;
        }

        /** A country (or capital) followed by a sector noun: "North Korean troops", "Ukraine's General Staff". */
        private Optional<Found> withSector(int i, int end, Actor state) {
            int j = end;
            if (j < w.size() && possessive(j)) j++;
            if (j >= w.size() || !adjacent(j - 1, j)) return Optional.empty();
            int k = j;
            while (k < w.size() && k - j < 2 && MODIFIERS.contains(w.get(k).norm())
                    && registry.matchSector(w, k).isEmpty())
                k++;
            if (k >= w.size() || !sameSentence(i, k)) return Optional.empty();
            Optional<SectorMatch> s = registry.matchSector(w, k);
            if (s.isEmpty() || !sameSentence(i, k + s.get().length() - 1) || !adjacent(i, k + s.get().length() - 1))
                return Optional.empty();
            // "Russian officials" is Russia's government, but "Ukrainian forces" its military: the noun decides.
            String sector = s.get().sector();
            int sEnd = k + s.get().length();
            String phrase = phrase(k, s.get().length());
            // "a former Indian diplomat" holds no office now: a citizen of the state, not its government
            boolean former = leftOffice(i) || leftOffice(k) || w.subList(j, k).stream().anyMatch(x -> x.norm().equals("former"));
            String code = former ? state.country() : state.country() + sector;
            String role = singular(phrase) ? phrase : null;
            Found p = personAfter(i, sEnd, code, phrase);
            if (p != null) return Optional.of(p);
            return Optional.of(new Found(i, sEnd, code, state.name() + " (" + phrase.toLowerCase(Locale.ROOT) + ")",
                    role, 0.85, state));
        }

        /** A person right after a title that ends at {@code end}; null when none. */
        private Found person(int start, int end, Actor a, String title) {
            String role = title;
            Optional<Actor.Role> r = a.roleAt(date);
            if (role == null && r.isPresent() && !r.get().title().isEmpty()) role = r.get().title();
            return new Found(start, end, ownCode(a), a.name(), role, 0.9, a);
        }

        /**
         * The code of a registry actor on the article's day. A hand-written person entry whose every office has
         * ended by then speaks as a citizen of their state ("Liz Truss" in 2023: GBR, not GBRGOV), as a "former"
         * official named in the text does; one who never held office, or takes one later only, keeps the entry's code.
         */
        private String ownCode(Actor a) {
            String code = a.codeAt(date);
            if (a.kind() != Actor.Kind.PERSON || date == null || a.country().isEmpty() || !registry.curated(a.id())
                    || a.roleAt(date).isPresent())
                return code;
            boolean leftOffice = a.roles().stream().anyMatch(r -> r.to() != null && r.to().isBefore(date));
            return leftOffice ? a.country() : code;
        }

        private Found personAfter(int titleStart, int j, String titleCode, String title) {
            if (j >= w.size() || !sameSentence(titleStart, j) || !w.get(j).capitalized() || !adjacent(j - 1, j))
                return null;
            String fullTitle = phrase(titleStart, j - titleStart);
            Optional<NameMatch> m = registry.matchName(w, j);
            if (m.isPresent() && m.get().best().actor().kind() == Actor.Kind.PERSON) {
                Actor a = m.get().best().actor();
                Found p = person(titleStart, j + m.get().length(), a, fullTitle);
                // "the former prime minister X": the text says the office is left, whatever roles the registry lists
                boolean left = false;
                for (int k = titleStart; k < j && !left; k++) left = leftOffice(k);
                return left && !a.country().isEmpty() && titleCode.equals(a.country())
                        ? new Found(p.start(), p.end(), a.country(), p.name(), p.role(), p.confidence(), a) : p;
            }
            // A one-word name of something else that goes on with a capitalized word is a first name ("Vladimir
            // Makei", not the town of Vladimir).
            boolean firstName = m.isPresent() && m.get().length() == 1 && j + 1 < w.size() && sameSentence(j, j + 1)
                    && w.get(j + 1).capitalized() && adjacent(j, j + 1) && registry.matchName(w, j + 1).isEmpty();
            if (m.isPresent() && !firstName) return null;
            // An unknown person: the NER span when there is one, else the run of capitalized words.
            int end = j;
            EntityMention person = entityStartingAt(w.get(j).span().start(), "PERSON");
            if (person != null) {
                while (end < w.size() && w.get(end).span().end() <= person.span().end()) end++;
            } else if (entities.isEmpty() && title != null && singular(title)) {
                while (end < w.size() && end - j < 4 && sameSentence(j, end) && w.get(end).capitalized() && adjacent(j, end)
                        && !NOT_NAMES.contains(w.get(end).norm()) && registry.matchName(w, end).isEmpty()
                        && registry.matchSector(w, end).isEmpty())
                    end++;
                if (end - j < 2 && !title.isEmpty() && !Character.isUpperCase(title.charAt(0)))
                    return null; // "president Mugabe" is too weak; "President Mugabe" will do
            }
            if (end == j) return null;
            return new Found(titleStart, end, titleCode, phrase(j, end - j), fullTitle, 0.8, null);
        }

        /** "the commission" → the latest earlier mention whose name holds "commission"; "the agency" → news agency. */
        private Found definite(int i) {
            Word head = w.get(i + 1);
            if (!sameSentence(i, i + 1) || head.norm().length() < 4) return null;
            boolean capitalizedHead = head.capitalized(); // "the Commission" may name it; "the European" does not
            if (i + 2 < w.size() && sameSentence(i, i + 2) && w.get(i + 2).capitalized() && !head.capitalized())
                return null; // "the commission Chairman Kim…" names someone else: only a bare head noun refers back
            for (int k = found.size() - 1; k >= 0; k--) {
                Found f = found.get(k);
                Actor a = f.actor();
                if (a == null || a.kind() == Actor.Kind.STATE || a.kind() == Actor.Kind.PERSON) continue;
                boolean agency = head.norm().equals("agency") && a.kind() == Actor.Kind.MEDIA;
                // "the alliance" is the military alliance named before (NATO, the CSTO: "… Treaty Organization")
                boolean alliance = head.norm().equals("alliance")
                        && a.name().toLowerCase(Locale.ROOT).matches(".*\\b(treaty organi[sz]ation|alliance)\\b.*");
                List<String> nameWords = Word.normalizeAll(f.name());
                boolean holds = capitalizedHead ? !nameWords.isEmpty() && nameWords.get(nameWords.size() - 1).equals(head.norm())
                        : nameWords.contains(head.norm());
                if (agency || holds || alliance)
                    return new Found(i, i + 2, f.code(), f.name(), null, 0.7, a);
            }
            return null;
        }

        /**
         * Whether the title at word t is one its holder has left: it opens with "former" ("former president", a sector
         * phrase of its own), or "former" or "ex-" stands right before it ("the former deputy minister", "the
         * ex-president"). The holder then speaks as a citizen of the state.
         */
        private boolean leftOffice(int t) {
            if (t >= w.size()) return false;
            if (w.get(t).norm().equals("former")) return true;
            if (t < 1 || !sameSentence(t - 1, t)) return false;
            Word before = w.get(t - 1);
            return before.norm().equals("former") || (before.norm().equals("ex")
                    && text.substring(before.span().end(), w.get(t).span().start()).equals("-"));
        }

        /** The start of "TITLE of (the)" right before word i, or -1. */
        private int titleBefore(int i) {
            int k = i - 1;
            if (k >= 0 && w.get(k).norm().equals("the")) k--;
            if (k < 1 || !sameSentence(k, i)) return -1;
            boolean of = w.get(k).norm().equals("of"), in = w.get(k).norm().equals("in");
            if (!of && !in) return -1;
            int floor = found.isEmpty() ? 0 : found.get(found.size() - 1).end();
            for (int s = Math.max(floor, k - 4); s < k; s++) {
                Optional<SectorMatch> m = registry.matchSector(w, s);
                if (m.isPresent() && s + m.get().length() == k && sameSentence(s, i) && adjacent(s, i)
                        && (of || !m.get().sector().startsWith("MIL")))
                    return s;
            }
            return -1;
        }

        private boolean capitalIsActor(int i, int end) {
            if (insideLargerPlace(i, end)) return false;
            Word prev = i > 0 && sameSentence(i - 1, i) ? w.get(i - 1) : null;
            if (prev != null && LOCATIVE.contains(prev.norm())) return false;
            if (end < w.size() && possessive(end)) return true;
            if (prev != null && (ADDRESSEE_CUES.contains(prev.norm())
                    || (prev.norm().equals("on") && i > 1 && w.get(i - 2).norm().startsWith("call"))
                    || (prev.norm().equals("on") && coordinatedAppeal(i - 1))))
                return true;
            boolean sentenceStart = prev == null;
            if (sentenceStart && end < w.size() && sameSentence(i, end) && adjacent(end - 1, end)
                    && !w.get(end).capitalized())
                return true; // "Washington, along with its allies, demanded…" reads as the agent
            int j = end;
            while (j < w.size() && j - end < 3 && sameSentence(i, j) && SKIPPABLE.contains(w.get(j).norm())
                    && !verbLike(w.get(j)))
                j++;
            return j < w.size() && sameSentence(i, j) && verbLike(w.get(j));
        }

        /** "called on Pyongyang to stop …, and on Moscow": an "on" after "and" continues an earlier "call on". */
        private boolean coordinatedAppeal(int on) {
            if (on < 1 || !w.get(on - 1).norm().equals("and")) return false;
            for (int k = on - 2; k > 0 && sameSentence(k, on); k--)
                if (w.get(k).norm().equals("on") && w.get(k - 1).norm().startsWith("call")) return true;
            return false;
        }

        private boolean verbLike(Word v) {
            String pos = v.pos();
            if (!pos.isEmpty() && !pos.equals("X"))
                return pos.startsWith("VB") || pos.equals("MD");
            if (v.capitalized()) return false;
            return VERBS.contains(v.norm()) || (v.norm().endsWith("ed") && v.norm().length() > 4);
        }

        private boolean possessive(int j) {
            Word s = w.get(j);
            if (!s.norm().equals("s") || s.span().start() == 0) return false;
            char before = text.charAt(s.span().start() - 1);
            return before == '\'' || before == '\u2019' || before == Word.APOSTROPHE_LETTER;
        }

        private boolean insideLargerPlace(int i, int end) {
            Span span = new Span(w.get(i).span().start(), w.get(end - 1).span().end());
            for (EntityMention e : entities)
                if (PLACE_KINDS.contains(e.kind()) && e.span().contains(span) && e.span().length() > span.length())
                    return true;
            return false;
        }

        /** A registry person whose name the NER tagged as a place is more likely the place (a town named Ivanov). */
        private boolean insidePlaceEntityAsPerson(NameMatch m, int i) {
            if (m.best().actor().kind() != Actor.Kind.PERSON) return false;
            Span span = new Span(w.get(i).span().start(), w.get(i + m.length() - 1).span().end());
            for (EntityMention e : entities)
                if (PLACE_KINDS.contains(e.kind()) && e.span().contains(span)) return true;
            return false;
        }

        private EntityMention entityAt(Span span, String kind) {
            for (EntityMention e : entities)
                if (e.kind().equals(kind) && e.span().overlaps(span)) return e;
            return null;
        }

        private EntityMention entityStartingAt(int offset, String kind) {
            for (EntityMention e : entities)
                if (e.kind().equals(kind) && e.span().start() == offset) return e;
            return null;
        }

        /** "Hungarian and Romanian officials": the sector of the second applies to the first. */
        private void shareSectorAcrossCoordination() {
            for (int k = found.size() - 2; k >= 0; k--) {
                Found a = found.get(k), b = found.get(k + 1);
                if (a.actor() == null || a.actor().kind() != Actor.Kind.STATE || !a.code().equals(a.actor().code()))
                    continue;
                if (b.actor() == null || b.actor().kind() != Actor.Kind.STATE || b.code().length() <= 3) continue;
                boolean joined = b.start() - a.end() == 1 && (w.get(a.end()).norm().equals("and")
                        || w.get(a.end()).norm().equals("or"));
                if (!joined) continue;
                String sector = b.code().substring(b.actor().code().length());
                found.set(k, new Found(a.start(), a.end(), a.code() + sector, a.name() + b.name().replaceFirst("^[^(]*", " "),
                        b.role(), Math.min(a.confidence(), b.confidence()), a.actor()));
            }
        }

        private void remember(Found f) {
            // Every part of a person's name may refer back to them later ("Gerasimov", and "Kim" for Kim Jong Un,
            // whose family name comes first); the most recent person wins when two share a part.
            boolean person = f.actor() == null || f.actor().kind() == Actor.Kind.PERSON;
            if (!person) return;
            List<String> n = Word.normalizeAll(f.actor() == null ? f.name() : f.actor().name());
            if (n.size() > 1)
                for (String part : n)
                    if (part.length() >= 3) surnames.put(part, f);
        }

        /** Words a..b follow each other with only spaces, apostrophes, hyphens or periods between them. */
        private boolean adjacent(int a, int b) {
            for (int k = a; k < b && k + 1 < w.size(); k++) {
                for (int c = w.get(k).span().end(); c < w.get(k + 1).span().start(); c++) {
                    char ch = text.charAt(c);
                    if (!(Character.isWhitespace(ch) || ch == '\'' || ch == '\u2019' || ch == Word.APOSTROPHE_LETTER || ch == '-' || ch == '.'))
                        return false;
                }
            }
            return true;
        }

        /**
         * Fills the open country of titled strangers, most telling evidence first: the outlet's own country when the
         * story is about it (a Russian outlet's unqualified "Defence Ministry spokesman" is Russia's, even in a report
         * that names Ukraine more often); else the last state named before the title in its sentence ("United States
         * Chairman of the Joint Chiefs of Staff General Mark Milley"); else the document's clearly most mentioned
         * state; else a wire dateline's. Dropped when none applies; a later mention of the same person keeps the first
         * one's country.
         */
        private void fillOpenCountries() {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            for (Found f : found)
                if (f.actor() != null && !f.actor().country().isEmpty() && f.actor().kind() != Actor.Kind.PERSON)
                    counts.merge(f.actor().country(), 1, Integer::sum);
            for (String c : placeCountries) counts.merge(c, 1, Integer::sum);
            // Only a clear majority makes a country "the" country of the text: in a report on Russia and Ukraine an
            // untitled "Foreign Minister Landsbergis" is neither's.
            List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
            String top = ranked.isEmpty() || (ranked.size() > 1 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue())
                    ? dateline() : ranked.get(0).getKey();
            String home = homeOutlet(ranked);
            Map<String, String> decided = new HashMap<>(); // name -> country, "" when dropped
            for (int k = 0; k < found.size(); k++) {
                Found f = found.get(k);
                if (!f.code().startsWith("?")) continue;
                String country = decided.get(f.name());
                if (country == null) country = home != null ? home : stateBefore(k);
                if (country == null) country = top;
                decided.put(f.name(), country == null ? "" : country);
                if (country == null || country.isEmpty()) {
                    found.remove(k--);
                    continue;
                }
                found.set(k, new Found(f.start(), f.end(), country + f.code().substring(1), f.name(), f.role(),
                        f.confidence(), null));
            }
        }

        /**
         * The country of the article's outlet when the outlet is a known one and its country is one of the two the
         * text names most: a story about the outlet's own country. An international outlet's report on another
         * country's war (Reuters on Ukraine) does not qualify.
         */
        private String homeOutlet(List<Map.Entry<String, Integer>> ranked) {
            String country = outletCountry.apply(doc.article());
            if (country == null) return null;
            for (int r = 0; r < Math.min(2, ranked.size()); r++)
                if (ranked.get(r).getKey().equals(country)) return country;
            return null;
        }

        /**
         * The country of the nearest state or body (not a person) named before titled mention k in its sentence, with
         * no quotation mark between them (a state named in a quote before "…," Minister X said is the quote's); null
         * when there is none or k is a bare name referring back.
         */
        private String stateBefore(int k) {
            Found open = found.get(k);
            if (phrase(open.start(), open.end() - open.start()).equals(open.name())) return null;
            int sentence = w.get(open.start()).sentence();
            for (int j = k - 1; j >= 0 && w.get(found.get(j).start()).sentence() == sentence; j--) {
                Found f = found.get(j);
                String between = text.substring(w.get(f.end() - 1).span().end(), w.get(open.start()).span().start());
                if (between.matches("(?s).*[\"\u201C\u201D\u00AB\u00BB].*")) return null;
                if (f.actor() != null && f.actor().kind() != Actor.Kind.PERSON && !f.actor().country().isEmpty())
                    return f.actor().country();
            }
            return null;
        }

        /**
         * The country of a wire dateline ("MINSK, 16 February (BelTA) –"): the agency's in the parentheses, else the
         * capital's; null when the text does not open with one. A titled official whose country the text leaves
         * open is, in wire copy, most often the agency's own country's.
         */
        private String dateline() {
            if (w.isEmpty() || w.get(0).span().start() > 2) return null;
            Optional<NameMatch> city = registry.matchName(w, 0);
            if (city.isEmpty() || city.get().best().type() != NameType.CAPITAL) return null;
            int after = w.get(city.get().length() - 1).span().end();
            if (after >= text.length() || text.charAt(after) != ',') return null;
            String head = text.substring(after, Math.min(text.length(), after + 50));
            if (!head.matches("(?s),[^\\n]*\\) ?[-–—].*")) return null; // "CITY, date (AGENCY) –", not "Kyiv, the capital"
            for (Found f : found) {
                if (w.get(f.start()).span().start() > after + 40) break;
                boolean bracketed = w.get(f.start()).span().start() > 0 && text.charAt(w.get(f.start()).span().start() - 1) == '(';
                if (bracketed && f.actor() != null && f.actor().kind() == Actor.Kind.MEDIA && !f.actor().country().isEmpty())
                    return f.actor().country();
            }
            return city.get().best().actor().country();
        }

        private boolean sameSentence(int a, int b) {
            return b < w.size() && w.get(a).sentence() == w.get(b).sentence();
        }

        private String phrase(int start, int length) {
            return text.substring(w.get(start).span().start(), w.get(start + length - 1).span().end());
        }
    }

    /** Lower-case letters and digits of a name without accents: "Dnipró" and "dnipro" fold alike. */
    static String folded(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether two words differ by one inserted, deleted or replaced letter. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) == 1;
    }

    private static boolean singular(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        return !(p.endsWith("s") || p.endsWith("men") || p.endsWith("military") || p.endsWith("police")
                || p.endsWith("army") || p.endsWith("government") || p.endsWith("staff") || p.endsWith("media"));
    }
}
