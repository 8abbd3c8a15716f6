package jo.gov.mol.dwr.registry.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.RequestId;

/** The MoI decisions the registry holds, for other features (a border entry names its approval number). */
@Component
public class Approvals {
    private final ApprovalRepository approvals;

    Approvals(ApprovalRepository approvals) {
        this.approvals = approvals;
    }

    /** The decision in force on a request: the latest by {@code DecidedAt}, a tie going to the later arrival. */
    @Transactional(readOnly = true)
    public Optional<ApprovalDecision> inForce(RequestId requestId) {
        return approvals.findByRequestNo(requestId.value()).flatMap(Approval::decisionInForce);
    }

    /** Every decision on a request, earliest decided first. */
    @Transactional(readOnly = true)
    public List<ApprovalDecision> history(RequestId requestId) {
        return approvals.findHistory(requestId.value()).stream().map(ApprovalVersion::decision).toList();
    }

    /** The approval an approval number stands for (a crossing's {@code VisaRef}), whether or not it still stands. */
    @Transactional(readOnly = true)
    public Optional<ApprovalOnRecord> byApprovalNo(ApprovalNo approvalNo) {
        return approvals.findGrants(approvalNo.value(), Limit.of(1)).stream().findFirst().map(grant -> {
            Approval approval = grant.approval();
            return new ApprovalOnRecord(grant.decision(), approval.decisionInForce().orElseThrow(),
                    approval.isRequestKnown());
        });
    }
}
