package org.sitrep.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Actor;

/**
 * The actors sitrep knows, with an index from their names to them. Built from the resource
 * {@code org/sitrep/resolve/actors/actors.tsv} (rebuilt by {@code tools/actors/build.sh}; provenance in
 * {@code PROVENANCE.md} beside it) and the sector nouns in {@code agents.tsv} ("troops" → MIL).
 *
 * <p>Immutable and thread-safe. {@link #standard()} loads the resources once per JVM.
 */
public final class ActorRegistry {
    private static final String ACTORS = "/org/sitrep/resolve/actors/actors.tsv";
    private static final String AGENTS = "/org/sitrep/resolve/actors/agents.tsv";

    /** How a name relates to its actor: the resolver treats demonyms and capitals by context. */
    public enum NameType { NAME, DEMONYM, CAPITAL }

    /** One actor a name may stand for. {@code acronym} names (UN, U.S., KCNA) match upper-case text only. */
    public record Entry(Actor actor, NameType type, boolean acronym) {}

    /** A name found at some word: how many words it covers and the actors it may stand for, best first. */
    public record NameMatch(int length, List<Entry> entries) {
        public Entry best() {
            return entries.get(0);
        }
    }

    /** A sector noun found at some word ("armed forces" → MIL, "foreign ministry" → GOV). */
    public record SectorMatch(int length, String sector, String phrase) {}

    /** Name particles written in lower case at the start of a name ("al-Qaeda", "de Mistura"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("al", "el", "ad", "as", "ash", "an", "ar",
            "at", "az", "de", "del", "van", "von", "da", "di", "bin", "ibn");

    private final Map<String, Actor> byId;
    private final java.util.Set<String> curatedIds;
    private final Node names = new Node();
    private final Node sectors = new Node();

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        List<Entry> entries = List.of();
        String sector;
    }

    private static final class Holder {
        static final ActorRegistry STANDARD = loadResources();
    }

    private ActorRegistry(List<Actor> actors, List<String> curatedIds, Map<String, String> sectorNouns) {
        Map<String, Actor> ids = new LinkedHashMap<>();
        for (Actor a : actors)
            if (ids.putIfAbsent(a.id(), a) != null)
                throw new IllegalArgumentException("Duplicate actor id " + a.id());
        this.byId = Collections.unmodifiableMap(ids);
        Map<Node, List<Entry>> pending = new HashMap<>();
        for (Actor a : actors) {
            List<String> all = new ArrayList<>(a.aliases());
            all.add(0, a.name());
            for (String n : all) index(pending, n, new Entry(a, NameType.NAME, isAcronym(n)));
            for (String d : a.demonyms()) {
                index(pending, d, new Entry(a, NameType.DEMONYM, false));
                index(pending, plural(d), new Entry(a, NameType.DEMONYM, false));
            }
            for (String c : a.capitals()) index(pending, c, new Entry(a, NameType.CAPITAL, false));
        }
        java.util.Set<String> curated = new java.util.HashSet<>(curatedIds);
        this.curatedIds = java.util.Set.copyOf(curated);
        Comparator<Entry> best = Comparator
                .comparingInt((Entry e) -> curated.contains(e.actor().id()) ? 0 : 1)
                .thenComparingInt(e -> e.type().ordinal())
                .thenComparingInt(e -> e.actor().kind() == Actor.Kind.STATE ? 0 : e.actor().kind() == Actor.Kind.PERSON ? 2 : 1)
                .thenComparing(e -> e.actor().id());
        pending.forEach((node, list) -> {
            List<Entry> unique = new ArrayList<>();
            for (Entry e : list)
                if (unique.stream().noneMatch(u -> u.actor() == e.actor() && u.type() == e.type() && u.acronym() == e.acronym()))
                    unique.add(e);
            unique.sort(best);
            node.entries = List.copyOf(unique);
        });
        sectorNouns.forEach((phrase, sector) -> {
            indexSector(phrase, sector);
            List<String> w = Word.normalizeAll(phrase);
            if (!w.isEmpty()) {
                String last = w.get(w.size() - 1);
                String head = String.join(" ", w.subList(0, w.size() - 1));
                indexSector((head.isEmpty() ? "" : head + " ") + plural(last), sector);
            }
        });
    }

    /** The registry built from the bundled resources, loaded once per JVM. */
    public static ActorRegistry standard() {
        return Holder.STANDARD;
    }

    /** A registry of the given actors and sector nouns (phrase → CAMEO sector such as MIL); for tests. */
    public static ActorRegistry of(List<Actor> actors, Map<String, String> sectorNouns) {
        return new ActorRegistry(actors, List.of(), sectorNouns);
    }

    /** Reads registry files in the format of the bundled resources. */
    public static ActorRegistry read(Reader actorsTsv, Reader agentsTsv) throws IOException {
        List<Actor> actors = new ArrayList<>();
        List<String> curated = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(actorsTsv)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                if (c.length < 11)
                    throw new IOException("actors.tsv line " + n + ": expected 11 tab-separated columns, got " + c.length);
                actors.add(new Actor(c[0], c[1], kind(c[2]), c[3], c[4], c[5], list(c[6]), list(c[7]), list(c[8]),
                        roles(c[9], n)));
                if (c[10].contains("curated")) curated.add(c[0]);
            }
        }
        Map<String, String> sectorNouns = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(agentsTsv)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] c = line.split("\t", -1);
                if (c.length >= 2) sectorNouns.put(c[0], c[1]);
            }
        }
        return new ActorRegistry(actors, curated, sectorNouns);
    }

    private static ActorRegistry loadResources() {
        try (InputStream a = open(ACTORS); InputStream g = open(AGENTS)) {
            return read(new InputStreamReader(a, StandardCharsets.UTF_8), new InputStreamReader(g, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled actor registry", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ActorRegistry.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("Missing resource " + resource + " (run tools/actors/build.sh)");
        return in;
    }

    public int size() {
        return byId.size();
    }

    public Optional<Actor> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Actor expect(String id) {
        Actor a = byId.get(id);
        if (a == null) throw new IllegalArgumentException("No actor with id " + id);
        return a;
    }

    /** The state with this ISO alpha-3 code. */
    public Optional<Actor> findState(String iso3) {
        Actor a = byId.get(iso3);
        return a != null && a.kind() == Actor.Kind.STATE ? Optional.of(a) : Optional.empty();
    }

    /**
     * The longest name that starts at {@code words[start]} and whose casing fits the text: acronyms need upper-case
     * words (or a title-case word of four letters or more: "Nato"), other names a capitalized first word.
     */
    public Optional<NameMatch> matchName(List<Word> words, int start) {
        Node node = names;
        List<NameMatch> found = new ArrayList<>();
        for (int i = start; i < words.size(); i++) {
            node = node.next.get(words.get(i).norm());
            if (node == null) break;
            if (!node.entries.isEmpty()) found.add(new NameMatch(i - start + 1, node.entries));
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            NameMatch m = found.get(k);
            List<Entry> fit = m.entries().stream().filter(e -> casingFits(e, words, start, m.length())).toList();
            if (!fit.isEmpty()) return Optional.of(new NameMatch(m.length(), fit));
        }
        return Optional.empty();
    }

    /**
     * A person's two-word name with its second word misspelled by one letter, as machine translation spells names
     * ("Wołodymyr Zelanski" for the alias "Wołodymyr Zełenski", "Dmitry Pieskov" for "Dmitry Peskov"): the first word
     * as the registry has it, the second of six letters or more, starting with the same letter and one edit from
     * the registry's. Only when exactly one person fits; both words must be capitalized.
     */
    public Optional<NameMatch> matchMisspelledPerson(List<Word> words, int start) {
        if (start + 1 >= words.size() || !words.get(start).capitalized() || !words.get(start + 1).capitalized())
            return Optional.empty();
        Node first = names.next.get(words.get(start).norm());
        String second = words.get(start + 1).norm();
        if (first == null || second.length() < 6 || first.next.containsKey(second)) return Optional.empty();
        Actor person = null;
        List<Entry> entries = List.of();
        for (Map.Entry<String, Node> e : first.next.entrySet()) {
            String known = e.getKey();
            if (known.charAt(0) != second.charAt(0) || !ActorResolver.oneEditApart(known, second)) continue;
            for (Entry entry : e.getValue().entries) {
                if (entry.actor().kind() != Actor.Kind.PERSON) continue;
                if (person != null && person != entry.actor()) return Optional.empty(); // two people fit: neither
                person = entry.actor();
                entries = List.of(entry);
            }
        }
        return person == null ? Optional.empty() : Optional.of(new NameMatch(2, entries));
    }

    /**
     * Titles abbreviated before a name ("Sen. Jim Risch", "Lt. Gen. Ben Hodges", "Gov. Kathy Hochul"), with the full
     * title the sector nouns know. Read so only where a period follows the word: "Sen" alone is a surname, and
     * registry aliases ("Gen. Mark Milley") keep matching the abbreviation as written. "Rep." before a name is a
     * member of a lower house (the US usage), as "congressman" is.
     */
    private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("sen", "senator"), Map.entry("rep", "congressman"), Map.entry("gov", "governor"),
            Map.entry("amb", "ambassador"), Map.entry("pres", "president"), Map.entry("lt", "lieutenant"),
            Map.entry("gen", "general"), Map.entry("maj", "major"), Map.entry("col", "colonel"),
            Map.entry("brig", "brigadier"), Map.entry("adm", "admiral"), Map.entry("capt", "captain"),
            Map.entry("cmdr", "commander"), Map.entry("cpl", "corporal"), Map.entry("sec", "secretary"));

    /** The full title a word abbreviates ("Sen." → "senator"), else its own normalized form. */
    public static String titleWord(Word word) {
        return word.dotted() ? TITLE_ABBREVIATIONS.getOrDefault(word.norm(), word.norm()) : word.norm();
    }

    /**
     * The longest sector noun starting at {@code words[start]}, in any case; an abbreviated title word may stand for
     * its full form ("Lt. Gen." as "lieutenant general"). At equal length the words as written win.
     */
    public Optional<SectorMatch> matchSector(List<Word> words, int start) {
        List<Node> nodes = List.of(sectors);
        SectorMatch best = null;
        StringBuilder phrase = new StringBuilder();
        for (int i = start; i < words.size() && !nodes.isEmpty(); i++) {
            Word word = words.get(i);
            List<Node> next = new ArrayList<>(2);
            for (Node node : nodes)
                for (String key : word.norm().equals(titleWord(word)) ? List.of(word.norm())
                        : List.of(word.norm(), titleWord(word))) {
                    Node n = node.next.get(key);
                    if (n != null && !next.contains(n)) next.add(n);
                }
            nodes = next;
            if (nodes.isEmpty()) break;
            phrase.append(phrase.length() == 0 ? "" : " ").append(word.text());
            for (Node node : nodes)
                if (node.sector != null) {
                    best = new SectorMatch(i - start + 1, node.sector, phrase.toString());
                    break;
                }
        }
        // "Deputy Foreign Minister", "Deputy Minister of Defence", "deputy head": the office after "deputy" gives
        // the sector; "deputy" alone is the agents list's sheriff's deputy (COP), which the title almost never means.
        if (best != null && best.length() == 1 && words.get(start).norm().equals("deputy") && start + 1 < words.size()) {
            Optional<SectorMatch> office = matchSector(words, start + 1);
            if (office.isPresent())
                return Optional.of(new SectorMatch(1 + office.get().length(), office.get().sector(),
                        words.get(start).text() + " " + office.get().phrase()));
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether the entry was written by hand (tools/actors/curated.tsv): its persons' roles are complete with their
     * end dates, so a day after the last one is a day out of office. Imported entries list roles as far as their
     * source knew them, which ends long before the news does.
     */
    public boolean curated(String id) {
        return curatedIds.contains(id);
    }

    /** The code of the actor on {@code date} (a person's role then; anyone else's own code). */
    public static String codeAt(Actor actor, LocalDate date) {
        return actor.codeAt(date);
    }

    private static boolean casingFits(Entry e, List<Word> words, int start, int length) {
        Word first = words.get(start);
        if (!e.acronym())
            return first.capitalized() || (length > 1 && PARTICLES.contains(first.norm()) && words.get(start + 1).capitalized());
        for (int i = start; i < start + length; i++) {
            Word w = words.get(i);
            boolean ok = w.upperCase() || (length == 1 && w.text().length() >= 4 && w.capitalized());
            if (!ok) return false;
        }
        return true;
    }

    private void index(Map<Node, List<Entry>> pending, String name, Entry entry) {
        List<String> w = Word.normalizeAll(name);
        if (w.isEmpty()) return;
        Node node = names;
        for (String s : w) node = node.next.computeIfAbsent(s, k -> new Node());
        pending.computeIfAbsent(node, k -> new ArrayList<>()).add(entry);
    }

    private void indexSector(String phrase, String sector) {
        List<String> w = Word.normalizeAll(phrase);
        if (w.isEmpty()) return;
        Node node = sectors;
        for (String s : w) node = node.next.computeIfAbsent(s, k -> new Node());
        if (node.sector == null) node.sector = sector;
    }

    static boolean isAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (Character.isLowerCase(c)) return false;
            letters++;
        }
        return letters > 0 && letters <= 5;
    }

    static String plural(String word) {
        String w = word.trim();
        if (w.isEmpty()) return w;
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("man")) return w.substring(0, w.length() - 3) + (Character.isUpperCase(w.charAt(w.length() - 3)) ? "MEN" : "men");
        if (lower.endsWith("s") || lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x")) return w + "es";
        if (lower.endsWith("y") && w.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0)
            return w.substring(0, w.length() - 1) + "ies";
        return w + "s";
    }

    private static Actor.Kind kind(String s) {
        try {
            return Actor.Kind.valueOf(s);
        } catch (IllegalArgumentException e) {
            return Actor.Kind.OTHER;
        }
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    private static List<Actor.Role> roles(String s, int line) throws IOException {
        List<Actor.Role> out = new ArrayList<>();
        for (String r : list(s)) {
            String[] p = r.split(";", -1);
            if (p.length < 3) throw new IOException("actors.tsv line " + line + ": bad role '" + r + "'");
            LocalDate from, to;
            try {
                from = p[1].isEmpty() ? null : LocalDate.parse(p[1]);
                to = p[2].isEmpty() ? null : LocalDate.parse(p[2]);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IOException("actors.tsv line " + line + ": bad date in role '" + r + "'", e);
            }
            if (from != null && to != null && to.isBefore(from)) continue; // seed data with swapped dates: dropped
            out.add(new Actor.Role(p[0], from, to, p.length > 3 ? p[3] : ""));
        }
        return out;
    }
}
