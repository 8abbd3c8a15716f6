package jo.gov.mol.dwr.routes.delivery;

import java.time.Instant;

/**
 * One outbound message in the outbox: where it goes, what it is, and how its delivery stands. The payload is
 * fixed when it is enqueued, so that every attempt sends the same message under the same id.
 */
public record Delivery(long id, String messageId, Destination destination, String kind, String reference,
                       String payload, Status status, int attempts, Instant createdAt, Instant nextAttemptAt,
                       Instant deliveredAt, String lastError, String result) {

    public enum Status { PENDING, DELIVERED, DEAD }
}
