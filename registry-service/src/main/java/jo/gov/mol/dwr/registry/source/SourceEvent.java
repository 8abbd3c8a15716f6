package jo.gov.mol.dwr.registry.source;

import java.time.Instant;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * An applied source message as a fact: where it came from ({@code system}, {@code messageId}, {@code reference}),
 * what it says ({@code type} and the canonical fact as JSON), and when (its business time, and its arrival, which
 * orders facts of the same business time), and when it was sent ({@code sentAt}: the sender's time, else the
 * hub's receipt), which orders the versions of one business object.
 */
public record SourceEvent(UUID eventId, SourceSystem system, String messageId, String reference, String type,
                          Instant businessTime, Instant sentAt, Instant receivedAt, String canonicalJson) {

    /** The message as evidence names it. */
    public SourceRef ref() {
        return new SourceRef(system, messageId, reference);
    }
}
