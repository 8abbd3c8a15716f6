package jo.gov.mol.dwr.registry.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * Which source message a version of a record came from, and where that version stands among the others: the
 * current version of a record is the latest by {@code sentAt}, a tie going to the later arrival
 * (interfaces.md).
 *
 * @param eventId    the source message's event id (its row in {@code source_message})
 * @param sentAt     the sender's own time; where a source gives none, the hub's receipt time stands in
 * @param receivedAt when the hub received the message
 */
@Embeddable
public record Provenance(
        @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "event_id", length = 36, nullable = false) UUID eventId,
        @Column(name = "sent_at", nullable = false) Instant sentAt,
        @Column(name = "received_at", nullable = false) Instant receivedAt) {

    public Provenance {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Whether a version from this message takes over from one from {@code current}: it was sent later, or at the
     * same time and arrived later; on a complete tie the newcomer wins, being the later arrival here.
     */
    public boolean supersedes(Provenance current) {
        int bySentAt = sentAt.compareTo(current.sentAt);
        return bySentAt > 0 || bySentAt == 0 && receivedAt.compareTo(current.receivedAt) >= 0;
    }

    /** The Amman calendar date on which a change sent in this message takes effect (policy.md, "Time"). */
    public LocalDate effectiveOn() {
        return LocalDate.ofInstant(sentAt, CanonicalEvent.AMMAN);
    }
}
