package jo.gov.mol.dwr.routes.deadletter;

import java.time.Instant;

import jo.gov.mol.dwr.routes.delivery.Delivery;
import jo.gov.mol.dwr.routes.refusal.DeadLetterStore.InboundDeadLetter;

/**
 * A dead letter as administrators read it, whichever way it was going.
 *
 * @param system   the source system of an inbound message, the destination of an outbound one
 * @param kind     an outbound message's operation; for an inbound one MESSAGE, FILE (a file refused whole) or FILE_ROW
 * @param code     the error code of an inbound refusal; null for an outbound one, whose reason is the receiver's
 * @param file     the file a refused file or row came in; null otherwise
 * @param line     a refused row's line in its file (the header is line 1); null otherwise
 * @param status   DEAD, or PENDING once re-driven, for an outbound one; REFUSED for an inbound one
 * @param attempts delivery attempts of an outbound one; 1 for an inbound one, refused when it was read
 * @param at       when an inbound one was received or an outbound one created
 */
record DeadLetter(String id, Direction direction, String system, String kind, String messageId, String reference,
                  String code, String reason, String file, Long line, String status, int attempts, Instant at) {

    static DeadLetter of(Delivery delivery) {
        return new DeadLetter(new DeadLetterId(Direction.OUTBOUND, delivery.id()).toString(), Direction.OUTBOUND,
                delivery.destination().name(), delivery.kind(), delivery.messageId(), delivery.reference(), null,
                delivery.lastError(), null, null, delivery.status().name(), delivery.attempts(), delivery.createdAt());
    }

    static DeadLetter of(InboundDeadLetter refused) {
        return new DeadLetter(new DeadLetterId(Direction.INBOUND, refused.id()).toString(), Direction.INBOUND,
                refused.system(), refused.origin().kind().name(), refused.messageId(), null, refused.code(),
                refused.reason(), refused.origin().file(), refused.origin().line(), "REFUSED", 1, refused.receivedAt());
    }
}
