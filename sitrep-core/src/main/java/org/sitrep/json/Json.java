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
import org.sitrep.model.ArticleId;

/** The one configured JSON mapper: java.time as ISO strings, article ids as plain strings. Thread-safe. */
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
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(ids)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
