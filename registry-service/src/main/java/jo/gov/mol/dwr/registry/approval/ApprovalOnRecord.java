package jo.gov.mol.dwr.registry.approval;

/**
 * What the registry holds about an approval number: the decision that granted it, and the decision in force on
 * its request now, which a later decision (a revocation) may have replaced.
 *
 * @param grant        the latest decision (by {@code DecidedAt}) that carried this approval number
 * @param inForce      the decision in force on the same request
 * @param requestKnown whether the registry holds the recruitment request (MoL may not have sent it yet)
 */
public record ApprovalOnRecord(ApprovalDecision grant, ApprovalDecision inForce, boolean requestKnown) {

    /** Whether the approval stands: the decision in force approves with this approval number. */
    public boolean standing() {
        return inForce.isApproved() && grant.approvalNo().equals(inForce.approvalNo());
    }
}
