package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A traveller crossed Jordan's border, as a border post reported it in real time or in its nightly file (the two
 * share the event id and, for the same crossing, map to equal facts).
 *
 * @param eventId    the border's id of the crossing, which is also the message id of both channels
 * @param occurredAt truncated to the second: the nightly file gives no fractions
 * @param mrzLine1   the first line of the passport's machine readable zone, as read
 * @param mrzLine2   the second line, as read
 * @param traveller  what the two lines say of the traveller and their passport
 * @param visaRef    the MoI approval the traveller entered on; null for exits and travellers without one
 */
public record BorderCrossed(UUID eventId, CrossingPoint crossingPoint, Direction direction, Instant occurredAt,
                            String mrzLine1, String mrzLine2, TravellerIdentity traveller, ApprovalNo visaRef)
        implements CanonicalEvent {
    public BorderCrossed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(crossingPoint, "crossingPoint");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(mrzLine1, "mrzLine1");
        Objects.requireNonNull(mrzLine2, "mrzLine2");
        Objects.requireNonNull(traveller, "traveller");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public String reference() {
        return eventId.toString();
    }

    @Override
    public String orderingKey() {
        return traveller.passport().key();
    }

    @Override
    public Instant businessTime() {
        return occurredAt;
    }
}
