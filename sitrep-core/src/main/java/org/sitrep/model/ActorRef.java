package org.sitrep.model;

/**
 * A link in a claim's chain or its source: the actor's CAMEO code when resolved (else null), a display name, and
 * the characters that name it in this article (null for the article's own outlet, which the text does not name).
 */
public record ActorRef(String code, String name, Span mention) {}
