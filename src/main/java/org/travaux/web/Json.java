package org.travaux.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.travaux.model.BlockKind;
import org.travaux.model.CitationType;
import org.travaux.model.ClauseKind;
import org.travaux.model.DocumentSymbol;
import org.travaux.model.Outcome;
import org.travaux.search.CitationFormats.CslItem;

/** The JSON codec of the API, shared with the CLI so both print the same bytes for the same records. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(modelValues())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** The model's enums travel as their stable lower-case values ("too_large"), a symbol as its canonical text. */
    private static SimpleModule modelValues() {
        SimpleModule module = new SimpleModule("travaux-model");
        module.addSerializer(Outcome.class, new ValueSerializer<>(Outcome.class, Outcome::value));
        module.addSerializer(BlockKind.class, new ValueSerializer<>(BlockKind.class, BlockKind::value));
        module.addSerializer(ClauseKind.class, new ValueSerializer<>(ClauseKind.class, ClauseKind::value));
        module.addSerializer(CitationType.class, new ValueSerializer<>(CitationType.class, CitationType::value));
        module.addSerializer(DocumentSymbol.class, new ValueSerializer<>(DocumentSymbol.class, DocumentSymbol::canonical));
        module.addSerializer(CslItem.Issued.class, new CslDateSerializer());
        return module;
    }

    /** CSL-JSON spells the date parts {@code "date-parts"}, which no Java name can. */
    private static final class CslDateSerializer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<CslItem.Issued> {
        private static final long serialVersionUID = 1L;

        CslDateSerializer() {
            super(CslItem.Issued.class);
        }

        @Override
        public void serialize(CslItem.Issued v, com.fasterxml.jackson.core.JsonGenerator gen,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeObjectField("date-parts", v.dateParts());
            gen.writeEndObject();
        }
    }

    private static final class ValueSerializer<T> extends com.fasterxml.jackson.databind.ser.std.StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient java.util.function.Function<T, String> value;

        ValueSerializer(Class<T> type, java.util.function.Function<T, String> value) {
            super(type);
            this.value = value;
        }

        @Override
        public void serialize(T v, com.fasterxml.jackson.core.JsonGenerator gen,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            gen.writeString(value.apply(v));
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
