package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.function.Function;
import org.sitrep.model.ArticleId;
import org.sitrep.model.ClaimPolarity;
import org.sitrep.model.CueClass;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Stance;

/**
 * The one configured JSON mapper: java.time as ISO strings, article ids as plain strings, a claim's closed sets
 * ({@link CueClass}, {@link Stance}, {@link ClaimPolarity}, {@link DateBasis}) by their lower-case codes. Thread-safe.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule ids = new SimpleModule("sitrep-ids");
        ids.addSerializer(ArticleId.class, new JsonSerializer<>() {
            @Override
            public void serialize(ArticleId id, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(id.value());
            }
        });
        ids.addDeserializer(ArticleId.class, new JsonDeserializer<>() {
            @Override
            public ArticleId deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                return new ArticleId(p.getValueAsString());
            }
        });
        coded(ids, CueClass.class, CueClass::code, CueClass::of);
        coded(ids, Stance.class, Stance::code, Stance::of);
        coded(ids, ClaimPolarity.class, ClaimPolarity::code, ClaimPolarity::of);
        coded(ids, DateBasis.class, DateBasis::code, DateBasis::of);
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(ids)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Writes {@code type} as its code and reads it back from the code. */
    private static <E extends Enum<E>> void coded(SimpleModule module, Class<E> type, Function<E, String> code,
            Function<String, E> of) {
        module.addSerializer(type, new JsonSerializer<E>() {
            @Override
            public void serialize(E value, JsonGenerator gen, SerializerProvider p) throws IOException {
                gen.writeString(code.apply(value));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<E>() {
            @Override
            public E deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                try {
                    return of.apply(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    return ctx.reportInputMismatch(type, "%s", e.getMessage());
                }
            }
        });
    }
}
