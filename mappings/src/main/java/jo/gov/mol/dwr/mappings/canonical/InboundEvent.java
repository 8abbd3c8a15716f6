package jo.gov.mol.dwr.mappings.canonical;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An accepted message on its way from the hub to the registry: the canonical fact and its source.
 *
 * @param eventId derived from the source system and message id, so that whatever a crash repeats the registry
 *                applies once (decisions.md)
 */
public record InboundEvent(UUID eventId, SourceMessage source, CanonicalEvent event) {
    public InboundEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(event, "event");
    }

    public static InboundEvent of(SourceMessage source, CanonicalEvent event) {
        return new InboundEvent(eventIdOf(source.system(), source.messageId()), source, event);
    }

    public static UUID eventIdOf(SourceSystem system, String messageId) {
        String name = system.name() + ":" + messageId.toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
