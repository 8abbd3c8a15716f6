package jo.gov.mol.dwr.registry.approval;

import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jo.gov.mol.dwr.registry.source.Provenance;

/** One MoI decision on a recruitment request, as MoI sent it; every decision is kept. */
@Entity
@Table(name = "approval_version")
class ApprovalVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_version_seq")
    @SequenceGenerator(name = "approval_version_seq", sequenceName = "approval_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approval_id", nullable = false)
    private Approval approval;

    @Embedded
    private DecisionTerms terms;

    @Embedded
    private Provenance provenance;

    protected ApprovalVersion() {
    }

    ApprovalVersion(Approval approval, DecisionTerms terms, Provenance provenance) {
        this.approval = approval;
        this.terms = terms;
        this.provenance = provenance;
    }

    boolean cameIn(UUID eventId) {
        return provenance.eventId().equals(eventId);
    }

    DecisionTerms terms() {
        return terms;
    }

    Approval approval() {
        return approval;
    }

    ApprovalDecision decision() {
        return ApprovalDecision.of(approval.requestId(), terms, provenance.eventId());
    }
}
