package org.sitrep.model;

import java.util.List;

/**
 * A typed key for one annotation layer of a {@link Doc}. Every layer holds a list of elements of one record type.
 * Layers are compared by name.
 */
public record Layer<E>(String name, Class<E> elementType) {
    public static final Layer<Sentence> SENTENCES = new Layer<>("sentences", Sentence.class);
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);
    public static final Layer<Dependency> DEPENDENCIES = new Layer<>("dependencies", Dependency.class);
    public static final Layer<EntityMention> ENTITIES = new Layer<>("entities", EntityMention.class);
    public static final Layer<TimeExpression> TIMEXES = new Layer<>("timexes", TimeExpression.class);
    public static final Layer<ActorMention> ACTORS = new Layer<>("actors", ActorMention.class);
    public static final Layer<PlaceMention> PLACES = new Layer<>("places", PlaceMention.class);
    public static final Layer<Claim> CLAIMS = new Layer<>("claims", Claim.class);
    public static final Layer<TimeMention> TIMES = new Layer<>("times", TimeMention.class);
    public static final Layer<Event> EVENTS = new Layer<>("events", Event.class);
    public static final Layer<Assertion> ASSERTIONS = new Layer<>("assertions", Assertion.class);
    /** One {@link Embeddings} element per document; never written to stand-off JSON. */
    public static final Layer<Embeddings> EMBEDDINGS = new Layer<>("embeddings", Embeddings.class);

    /** The layers this version of sitrep knows how to read back from stand-off JSON. */
    public static List<Layer<?>> known() {
        return List.of(SENTENCES, TOKENS, DEPENDENCIES, ENTITIES, TIMEXES,
                ACTORS,
                PLACES,
                CLAIMS,
                TIMES,
                EVENTS,
                ASSERTIONS);
    }

    @Override
    public String toString() {
        return name;
    }
}
