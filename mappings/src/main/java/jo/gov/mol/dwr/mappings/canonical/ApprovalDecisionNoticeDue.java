package jo.gov.mol.dwr.mappings.canonical;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** MoL is to hear of the MoI decision in force on a recruitment request (interfaces.md 1b). */
public record ApprovalDecisionNoticeDue(UUID noticeId, RequestId requestId, Decision decision, ApprovalNo approvalNo,
                                        RejectionReason reason, LocalDate validUntil) implements NoticeDue {

    /** One notice per decision: the decision's own source message names it. */
    public static ApprovalDecisionNoticeDue of(SourceSystem decisionSystem, String decisionMessageId, ApprovalDecided decision) {
        UUID id = UUID.nameUUIDFromBytes(("ApprovalDecisionNotice:" + decisionSystem + ":" + decisionMessageId)
                .getBytes(StandardCharsets.UTF_8));
        return new ApprovalDecisionNoticeDue(id, decision.requestId(), decision.decision(), decision.approvalNo(),
                decision.reason(), decision.validUntil());
    }

    @Override
    public String reference() {
        return requestId.value();
    }

}
