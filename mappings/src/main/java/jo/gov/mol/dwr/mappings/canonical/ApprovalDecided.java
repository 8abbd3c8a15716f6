package jo.gov.mol.dwr.mappings.canonical;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The Ministry of Interior decided on a recruitment request: approved with an approval number valid until a date
 * by which the worker must enter, or rejected with a reason. A later decision (a revocation) replaces it; the one
 * with the latest {@code decidedAt} is in force.
 */
public record ApprovalDecided(Reference caseRef, RequestId requestId, Decision decision, ApprovalNo approvalNo,
                              LocalDate validUntil, RejectionReason reason, Instant decidedAt) implements CanonicalEvent {
    @Override
    public String reference() {
        return requestId.value();
    }

    /** A decision names no passport: decisions about one request go in order among themselves. */
    @Override
    public String orderingKey() {
        return "request:" + requestId.value();
    }

    @Override
    public Instant businessTime() {
        return decidedAt;
    }
}
