package jo.gov.mol.dwr.registry.source;

import java.time.Instant;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * An applied source message as a fact: where it came from ({@code system}, {@code messageId}, {@code reference}),
 * what it says ({@code type} and the canonical fact as JSON), and when (its business time, and its arrival, which
 * orders facts of the same business time).
 */
public record SourceEvent(UUID eventId, SourceSystem system, String messageId, String reference, String type,
                          Instant businessTime, Instant receivedAt, String canonicalJson) {
}
