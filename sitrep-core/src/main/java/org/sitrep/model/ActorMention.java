package org.sitrep.model;

/**
 * Characters of the text that name an actor, resolved to a CAMEO code.
 *
 * @param code     the CAMEO code in force at the article's publication date ({@code PRKMED}, {@code RUSMIL}…)
 * @param name     display name of the resolved actor ("Korean Central News Agency", "Valery Gerasimov",
 *                 "Government of North Korea" for a capital standing for it)
 * @param role     the office or function the text gives ("spokesman", "Chief of the General Staff…"), or null
 * @param evidence stage, version, span and confidence of the resolution
 */
public record ActorMention(Span span, String code, String name, String role, Evidence evidence) {}
