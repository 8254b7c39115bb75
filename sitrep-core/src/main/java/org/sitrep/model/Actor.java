package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A political actor from the registry: a state, one of its institutions, an organization, an armed group or a
 * person. Codes follow CAMEO: a country's ISO 3166 alpha-3 code, optionally followed by sector codes
 * ({@code PRK}, {@code PRKGOV}, {@code RUSMIL}, {@code RUSGOVMIL}), or an international prefix ({@code IGOUNO},
 * {@code IGOWSTNAT}, {@code NGO…}, {@code IMG…}).
 *
 * @param id        stable registry key, unique (several actors share a code: the Kremlin and Russia's foreign
 *                  ministry are both {@code RUSGOV})
 * @param code      the CAMEO code; for a person the code of their latest or default role (see {@link #codeAt})
 * @param country   ISO alpha-3 of the state it belongs to, or "" for international actors
 * @param parent    the id of the actor it belongs to ("" when none): the Central Military Commission → the
 *                  Workers' Party of Korea → North Korea
 * @param aliases   names it goes by, in display case; demonyms and capitals are kept apart because the resolver
 *                  treats them differently ("North Korean troops", "Pyongyang said")
 * @param roles     for persons, their offices with date ranges; empty for everything else
 */
public record Actor(String id, String code, Kind kind, String country, String parent, String name,
                    List<String> aliases, List<String> demonyms, List<String> capitals, List<Role> roles) {

    /** What sort of actor it is; mostly derived from the CAMEO sector code. */
    public enum Kind {
        STATE, GOVERNMENT, MILITARY, MEDIA, PARTY, PERSON, ARMED_GROUP, IGO, NGO, POLICE, INTELLIGENCE,
        LEGISLATURE, JUDICIARY, OPPOSITION, ELITE, CIVILIANS, OTHER
    }

    /**
     * An office a person held. Bounds are inclusive; a null bound is open.
     *
     * @param title what the office is called ("Chief of the General Staff…"), or "" when the source gives none
     */
    public record Role(String code, LocalDate from, LocalDate to, String title) {
        public Role {
            Objects.requireNonNull(code, "code");
            title = title == null ? "" : title;
            if (from != null && to != null && to.isBefore(from))
                throw new IllegalArgumentException("Role " + code + " ends (" + to + ") before it starts (" + from + ")");
        }

        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        country = country == null ? "" : country;
        parent = parent == null ? "" : parent;
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        roles = List.copyOf(roles);
    }

    /**
     * The role held on {@code date}: among the roles covering it, the one that started last (a dated role beats an
     * undated default). Empty when no role covers the date.
     */
    public Optional<Role> roleAt(LocalDate date) {
        Role best = null;
        for (Role r : roles)
            if (r.covers(date) && (best == null || startKey(r) >= startKey(best)))
                best = r;
        return Optional.ofNullable(best);
    }

    /** The CAMEO code on {@code date}: the covering role's code, else the actor's own code. */
    public String codeAt(LocalDate date) {
        return roleAt(date).map(Role::code).orElse(code);
    }

    private static long startKey(Role r) {
        return r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
    }
}
