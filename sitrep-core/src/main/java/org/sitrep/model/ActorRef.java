package org.sitrep.model;

/**
 * A link in a claim's chain or its source: the actor's CAMEO code when resolved (else null), a display name, the
 * characters that name it in this article (null for the article's own outlet, which the text does not name),
 * when those characters are a pronoun or a short description, the earlier words it refers back to (else null),
 * and the registry id of the actor beside its code (else null; see {@link ActorMention#actorId()}).
 */
public record ActorRef(String code, String name, Span mention, Span antecedent, String actorId) {
    /** A link without a registry id. */
    public ActorRef(String code, String name, Span mention, Span antecedent) {
        this(code, name, mention, antecedent, null);
    }

    public static ActorRef named(String code, String name, Span mention) {
        return new ActorRef(code, name, mention, null, null);
    }

    /** The actor of a mention, named by the characters {@code mention}, referring back to {@code antecedent}. */
    public static ActorRef of(ActorMention actor, Span mention, Span antecedent) {
        return new ActorRef(actor.code(), actor.name(), mention, antecedent, actor.actorId());
    }
}
