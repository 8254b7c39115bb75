package org.sitrep.model;

/**
 * A link in a claim's chain or its source: the actor's CAMEO code when resolved (else null), a display name, the
 * characters that name it in this article (null for the article's own outlet, which the text does not name), and,
 * when those characters are a pronoun or a short description, the earlier words it refers back to (else null).
 */
public record ActorRef(String code, String name, Span mention, Span antecedent) {
    public static ActorRef named(String code, String name, Span mention) {
        return new ActorRef(code, name, mention, null);
    }
}
