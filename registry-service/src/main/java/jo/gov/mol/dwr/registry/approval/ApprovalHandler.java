package jo.gov.mol.dwr.registry.approval;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.ApprovalDecisionNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.notice.Notices;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequestArrived;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequests;
import jo.gov.mol.dwr.registry.source.MessageKey;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.source.SourceMessages;

/**
 * Keeps each MoI decision against its request, and records a notice to MoL, in the same transaction, whenever
 * the decision in force of a request the registry holds changes: when a decision comes into force, or when the
 * request arrives after its decision. The notice's id is derived from the decision's own source message, so a
 * decision announced now or later, once or again, is one notice.
 */
@Component
class ApprovalHandler implements EventHandler<ApprovalDecided> {
    private static final Logger log = LoggerFactory.getLogger(ApprovalHandler.class);

    private final ApprovalRepository approvals;
    private final RecruitmentRequests requests;
    private final SourceMessages sourceMessages;
    private final Notices notices;

    ApprovalHandler(ApprovalRepository approvals, RecruitmentRequests requests, SourceMessages sourceMessages,
                    Notices notices) {
        this.approvals = approvals;
        this.requests = requests;
        this.sourceMessages = sourceMessages;
        this.notices = notices;
    }

    @Override
    public Class<ApprovalDecided> eventType() {
        return ApprovalDecided.class;
    }

    @Override
    public void apply(ApprovalDecided fact, Provenance provenance) {
        Approval approval = approvalOf(fact.requestId());
        if (!approval.isRequestKnown() && requests.isKnown(fact.requestId())) {
            // a request kept before its approval row existed
            approval.requestKnown(provenance.receivedAt());
        }
        boolean inForce = approval.decide(DecisionTerms.of(fact), provenance);
        log.debug("decision kept requestId={} decision={} decidedAt={} inForce={} requestKnown={}",
                fact.requestId(), fact.decision(), fact.decidedAt(), inForce, approval.isRequestKnown());
        announceIfDue(approval);
    }

    /** The request's decision, if one came first, joins it now, and MoL hears of it now. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestArrived(RecruitmentRequestArrived arrived) {
        Approval approval = approvalOf(arrived.requestId());
        approval.requestKnown(arrived.provenance().receivedAt());
        announceIfDue(approval);
    }

    /**
     * The approval of a request, locked; created (and flushed, so that a second creation fails at once on the
     * unique request number) when there is none yet.
     */
    private Approval approvalOf(RequestId requestId) {
        return approvals.lockByRequestNo(requestId.value())
                .orElseGet(() -> approvals.saveAndFlush(Approval.of(requestId)));
    }

    private void announceIfDue(Approval approval) {
        approval.decisionToAnnounce().ifPresent(decision -> {
            MessageKey source = sourceMessages.keyOf(decision.eventId());
            notices.due(ApprovalDecisionNoticeDue.of(source.system(), source.messageId(), decision.fact()),
                    decision.eventId());
            approval.announced(decision);
        });
    }
}
