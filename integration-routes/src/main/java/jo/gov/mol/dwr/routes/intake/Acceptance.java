package jo.gov.mol.dwr.routes.intake;

import java.time.Instant;

/**
 * The hub's answer to an accepted submission.
 *
 * @param receivedAt when the hub first accepted the message (for a duplicate, the original acceptance)
 */
public record Acceptance(String messageId, Status status, Instant receivedAt, long logEntryId) {
    public enum Status { ACCEPTED, DUPLICATE }
}
