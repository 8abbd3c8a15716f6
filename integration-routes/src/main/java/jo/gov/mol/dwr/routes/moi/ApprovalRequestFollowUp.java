package jo.gov.mol.dwr.routes.moi;

import java.time.Instant;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.mappings.moi.MoiApprovalRequests;
import jo.gov.mol.dwr.routes.delivery.Destination;
import jo.gov.mol.dwr.routes.delivery.Outbox;
import jo.gov.mol.dwr.routes.intake.AcceptedFollowUp;
import jo.gov.mol.dwr.routes.intake.Submission;

/**
 * For each recruitment request the hub owes MoI one ApprovalRequest (interfaces.md 2): enqueued when the request
 * is accepted, once per RequestId; a corrected request sends no second one.
 */
@Component
class ApprovalRequestFollowUp implements AcceptedFollowUp {
    private final Outbox outbox;

    ApprovalRequestFollowUp(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void accepted(Submission submission, Instant receivedAt) {
        if (submission.event() instanceof RecruitmentRequested request) {
            String requestId = request.requestId().value();
            outbox.enqueue(Destination.MOI_APPROVALS, "ApprovalRequest", requestId,
                    MoiApprovalRequests.messageIdFor(request.requestId()), requestId,
                    MoiApprovalRequests.toXml(request, receivedAt), receivedAt);
        }
    }
}
