package org.sitrep.model;

/**
 * A named-entity mention as the tagger found it, before resolution.
 *
 * @param kind PERSON, ORGANIZATION, LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY, NATIONALITY, TITLE, DATE, …
 */
public record EntityMention(Span span, String kind, double confidence) {}
