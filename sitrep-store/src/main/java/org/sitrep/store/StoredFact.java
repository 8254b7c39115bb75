package org.sitrep.store;

import org.sitrep.model.ArticleId;

/**
 * One stored event or assertion: where it is, and its readable JSON object (the article, the words it rests on,
 * type or kind, actors, place, time, quantities, polarity, holder, evidence) as written when it was stored.
 *
 * @param article the article it is in
 * @param seq     its index in the article's EVENTS or ASSERTIONS layer
 * @param json    one JSON object, keys in a fixed order
 */
public record StoredFact(ArticleId article, int seq, String json) {}
