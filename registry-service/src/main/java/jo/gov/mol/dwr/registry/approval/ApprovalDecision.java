package jo.gov.mol.dwr.registry.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;

/**
 * One MoI decision on a recruitment request, as the registry keeps it.
 *
 * @param approvalNo when approved
 * @param validUntil when approved: the date by which the worker must enter
 * @param reason     when rejected
 * @param eventId    the source message it came in
 */
public record ApprovalDecision(RequestId requestId, Reference caseRef, Decision decision, ApprovalNo approvalNo,
                               LocalDate validUntil, RejectionReason reason, Instant decidedAt, UUID eventId) {

    static ApprovalDecision of(RequestId requestId, DecisionTerms terms, UUID eventId) {
        ApprovalDecided fact = terms.fact(requestId);
        return new ApprovalDecision(requestId, fact.caseRef(), fact.decision(), fact.approvalNo(), fact.validUntil(),
                fact.reason(), fact.decidedAt(), eventId);
    }

    public boolean isApproved() {
        return decision == Decision.APPROVED;
    }

    /** The canonical fact, as MoI's message said it. */
    ApprovalDecided fact() {
        return new ApprovalDecided(caseRef, requestId, decision, approvalNo, validUntil, reason, decidedAt);
    }
}
