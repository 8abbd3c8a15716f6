package jo.gov.mol.dwr.routes.intake;

import java.time.Instant;

/**
 * Something the hub must do because a message was accepted, done in the same transaction as its log entry, so
 * that it happens exactly when the message is accepted (for example: enqueue MoI's ApprovalRequest).
 */
public interface AcceptedFollowUp {
    void accepted(Submission submission, Instant receivedAt);
}
