package org.sitrep.store;

/**
 * A claim source and how many of the selected claims it made ({@link Ledger#claimSources}).
 *
 * @param code CAMEO code, or null for sources that did not resolve to an actor
 * @param name display name
 */
public record SourceCount(String code, String name, long count) {}
