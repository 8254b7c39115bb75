package org.sitrep.model;

/**
 * Characters of the text that name an actor, resolved to a CAMEO code and, when the registry entry's own code is
 * the one in force, to that entry's id (many actors share a code: the Kremlin and Russia's foreign ministry are
 * both RUSGOV).
 *
 * @param code     the CAMEO code in force at the article's publication date ({@code PRKMED}, {@code RUSMIL}…)
 * @param name     display name of the resolved actor ("Korean Central News Agency", "Valery Gerasimov",
 *                 "Government of North Korea" for a capital standing for it)
 * @param role     the office or function the text gives ("spokesman", "Chief of the General Staff…"), or null
 * @param evidence stage, version, span and confidence of the resolution
 * @param actorId  the registry id of the actor ({@link Actor#id()}), or null when the code was composed (a capital
 *                 standing for its government, a title with a country) or no registry entry matched
 */
public record ActorMention(Span span, String code, String name, String role, Evidence evidence, String actorId) {
    /** A mention without a registry id. */
    public ActorMention(Span span, String code, String name, String role, Evidence evidence) {
        this(span, code, name, role, evidence, null);
    }
}
