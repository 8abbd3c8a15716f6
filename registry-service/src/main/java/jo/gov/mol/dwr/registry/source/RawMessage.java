package jo.gov.mol.dwr.registry.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/** A source message as received, with its SHA-256 as the hub logged it; the raw bytes read as UTF-8 text. */
public record RawMessage(SourceSystem system, String messageId, String reference, Instant receivedAt, String sha256,
                         String raw) {

    static RawMessage of(ReceivedMessage message) {
        return new RawMessage(message.system(), message.messageId(), message.reference(), message.receivedAt(),
                message.sha256(), new String(message.raw(), StandardCharsets.UTF_8));
    }
}
