package jo.gov.mol.dwr.registry.dossier;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.source.SourceEvent;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * One event on a worker's timeline: what happened ({@code type}, and the canonical {@code fact}), when (its
 * business time; a date-only fact at 00:00 Amman) and the source message it came in, named both at the top and as
 * {@code source}, the shape in which a flag names its evidence.
 */
public record TimelineEvent(String type, Instant businessTime, Instant receivedAt, SourceSystem system,
                            String messageId, String reference, SourceRef source, @JsonRawValue String fact) {

    static TimelineEvent of(SourceEvent event) {
        return new TimelineEvent(event.type(), event.businessTime(), event.receivedAt(), event.system(),
                event.messageId(), event.reference(), event.ref(), event.canonicalJson());
    }
}
