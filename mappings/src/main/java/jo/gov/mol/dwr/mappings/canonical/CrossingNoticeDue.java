package jo.gov.mol.dwr.mappings.canonical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A receiver is to hear that a domestic worker entered or left Jordan (interfaces.md 1b ArrivalNotice and
 * DepartureNotice, 4a-4c ARRIVAL and DEPARTURE). One notice per crossing and receiver, whenever the registry learns
 * that the traveller is a domestic worker: at the crossing, or later when their request or permit arrives.
 *
 * @param crossingId  the border's event id of the crossing
 * @param nationality the traveller's nationality as the passport gives it; its embassy is the receiver of an
 *                    {@link NoticeReceiver#EMBASSY} notice
 * @param requestId   the recruitment request the crossing belongs to, where known; null otherwise
 */
public record CrossingNoticeDue(UUID noticeId, NoticeReceiver receiver, UUID crossingId, Direction direction,
                                PassportNo passportNo, CountryCode nationality, CrossingPoint crossingPoint,
                                Instant occurredAt, RequestId requestId) implements NoticeDue {
    public CrossingNoticeDue {
        Objects.requireNonNull(noticeId, "noticeId");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(crossingId, "crossingId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(passportNo, "passportNo");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(crossingPoint, "crossingPoint");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** The notice to {@code receiver} of a crossing; its id depends only on the two, so it is given once. */
    public static CrossingNoticeDue of(NoticeReceiver receiver, UUID crossingId, Direction direction, PassportNo passportNo,
                                       CountryCode nationality, CrossingPoint crossingPoint, Instant occurredAt,
                                       RequestId requestId) {
        return new CrossingNoticeDue(idOf(receiver, crossingId), receiver, crossingId, direction, passportNo, nationality,
                crossingPoint, occurredAt, requestId);
    }

    public static UUID idOf(NoticeReceiver receiver, UUID crossingId) {
        return UUID.nameUUIDFromBytes(("CrossingNotice:" + receiver + ":" + crossingId).getBytes(StandardCharsets.UTF_8));
    }

    /** ARRIVAL for an entry, DEPARTURE for an exit, as the embassies' channels name them. */
    public String type() {
        return direction == Direction.ENTRY ? "ARRIVAL" : "DEPARTURE";
    }

    @Override
    public String reference() {
        return crossingId.toString();
    }
}
