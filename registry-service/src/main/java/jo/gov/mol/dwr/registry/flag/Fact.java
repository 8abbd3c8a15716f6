package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.registry.source.SourceEvent;
import jo.gov.mol.dwr.registry.source.SourceRef;

/**
 * One applied source message as the rules read it: the canonical fact, the message it came in (the evidence), its
 * business time, and the times that order the versions of one business object.
 */
record Fact(UUID eventId, CanonicalEvent event, SourceRef source, Instant businessTime, Instant sentAt,
            Instant receivedAt) {

    /**
     * Versions of one object in the order they take over (interfaces.md): by {@code DecidedAt} for MoI's decisions,
     * else by the time the hub kept as sent ({@code SentAt}, PHL's {@code occurredAt}, a file's arrival); a tie goes
     * to the later arrival.
     */
    static final Comparator<Fact> VERSION_ORDER = Comparator.comparing(Fact::versionTime)
            .thenComparing(Fact::receivedAt);

    static Fact of(SourceEvent message) {
        return new Fact(message.eventId(), EventCodec.factFromJson(message.canonicalJson()), message.ref(),
                message.businessTime(), message.sentAt(), message.receivedAt());
    }

    Instant versionTime() {
        return event instanceof ApprovalDecided decision ? decision.decidedAt() : sentAt;
    }

    /** The Amman date of the business time (policy.md, "Time"). */
    LocalDate date() {
        return LocalDate.ofInstant(businessTime, CanonicalEvent.AMMAN);
    }

    <T extends CanonicalEvent> T as(Class<T> type) {
        return type.cast(event);
    }
}
