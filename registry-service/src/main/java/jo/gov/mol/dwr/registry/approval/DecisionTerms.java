package jo.gov.mol.dwr.registry.approval;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.Decision;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.RejectionReason;
import jo.gov.mol.dwr.mappings.canonical.RequestId;

/** What one MoI decision says: an approval number valid until a date, or a rejection with its reason. */
@Embeddable
record DecisionTerms(@Column(name = "case_ref", length = 40) String caseRef,
                     @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                     @Column(name = "decision", length = 10) Decision decision,
                     @Column(name = "approval_no", length = 19) String approvalNo,
                     @Column(name = "valid_until") LocalDate validUntil,
                     @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                     @Column(name = "reason_code", length = 20) RejectionReason reason,
                     @Column(name = "decided_at") Instant decidedAt) {

    static DecisionTerms of(ApprovalDecided decision) {
        return new DecisionTerms(decision.caseRef().value(), decision.decision(),
                decision.approvalNo() == null ? null : decision.approvalNo().value(), decision.validUntil(),
                decision.reason(), decision.decidedAt());
    }

    /** Whether MoL, told of either, hears the same: decision, approval number, validity and reason. */
    boolean tellTheSameAs(DecisionTerms other) {
        return decision == other.decision && Objects.equals(approvalNo, other.approvalNo)
                && Objects.equals(validUntil, other.validUntil) && reason == other.reason;
    }

    ApprovalDecided fact(RequestId requestId) {
        return new ApprovalDecided(Reference.of(caseRef), requestId, decision,
                approvalNo == null ? null : ApprovalNo.of(approvalNo), validUntil, reason, decidedAt);
    }
}
