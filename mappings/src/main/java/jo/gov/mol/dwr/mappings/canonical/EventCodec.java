package jo.gov.mol.dwr.mappings.canonical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one wire form of canonical events (JSON) and the content fingerprint that tells a duplicate from a
 * conflicting message: two messages with the same id are the same when their canonical facts serialise alike.
 */
public final class EventCodec {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventCodec() {
    }

    public static String toJson(InboundEvent event) {
        return write(event);
    }

    public static InboundEvent fromJson(String json) {
        try {
            return JSON.readValue(json, InboundEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a canonical event: " + e.getMessage(), e);
        }
    }

    /** A canonical fact alone, as the registry keeps it with its source message. */
    public static CanonicalEvent factFromJson(String json) {
        try {
            return JSON.readValue(json, CanonicalEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a canonical fact: " + e.getMessage(), e);
        }
    }

    public static String toJson(NoticeDue notice) {
        return write(notice);
    }

    public static NoticeDue noticeFromJson(String json) {
        try {
            return JSON.readValue(json, NoticeDue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a notice: " + e.getMessage(), e);
        }
    }

    /** SHA-256 (hex) of the fact's canonical form: equal for equal facts, whatever the raw text or SentAt. */
    public static String fingerprint(CanonicalEvent event) {
        return sha256(write(event).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
