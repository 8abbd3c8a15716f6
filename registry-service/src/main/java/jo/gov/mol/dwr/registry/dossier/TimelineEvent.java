package jo.gov.mol.dwr.registry.dossier;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.source.SourceEvent;

/**
 * One event on a worker's timeline: what happened ({@code type}, and the canonical {@code fact}), when (its
 * business time; a date-only fact at 00:00 Amman) and the source message it came in, named both at the top and as
 * {@code source}, the shape in which a flag names its evidence.
 */
public record TimelineEvent(String type, Instant businessTime, Instant receivedAt, SourceSystem system,
                            String messageId, String reference, Source source, @JsonRawValue String fact) {

    /** A source message as the API names it: its system, its message id and its business reference. */
    public record Source(SourceSystem system, String messageId, String reference) {
    }

    static TimelineEvent of(SourceEvent event) {
        return new TimelineEvent(event.type(), event.businessTime(), event.receivedAt(), event.system(),
                event.messageId(), event.reference(),
                new Source(event.system(), event.messageId(), event.reference()), event.canonicalJson());
    }
}
