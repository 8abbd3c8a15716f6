package jo.gov.mol.dwr.sandbox;

import java.time.LocalDate;

/**
 * What one MoI decision states, as MoI sent it and as MoL must hear it again in its {@code ApprovalDecisionNotice}
 * (interfaces.md 1b): the sandbox compares the two sides with it.
 *
 * @param decision   APPROVED or REJECTED
 * @param approvalNo the approval number of an approval, else null
 * @param reason     the reason code of a rejection, else null
 * @param validUntil the date by which the worker must enter, when given
 */
public record DecisionFact(String requestId, String decision, String approvalNo, String reason, LocalDate validUntil) {
}
