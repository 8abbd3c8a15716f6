package jo.gov.mol.dwr.registry.crossing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.ApprovalNo;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.CrossingNoticeDue;
import jo.gov.mol.dwr.mappings.canonical.NoticeReceiver;
import jo.gov.mol.dwr.mappings.canonical.PassportNo;
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.approval.ApprovalOnRecord;
import jo.gov.mol.dwr.registry.approval.Approvals;
import jo.gov.mol.dwr.registry.notice.Notices;
import jo.gov.mol.dwr.registry.permit.WorkPermitArrived;
import jo.gov.mol.dwr.registry.permit.WorkPermits;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequestArrived;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequests;

/**
 * Decides the arrival and departure notices (interfaces.md 1b, 4a): MoL and the embassy of the traveller's
 * nationality hear of a crossing only when the registry holds the traveller as a domestic worker, that is, when a
 * recruitment request or a work permit names their passport. Where that becomes known only after the crossing, the
 * notices are due when the request or permit arrives. Each notice's id derives from its crossing and receiver, so
 * whatever makes it due again (a second request, a permit after a request) records nothing more.
 * <p>
 * "Holds" means "names the same issuing state and folded passport number" until the linkage issue links persons
 * across passports.
 */
@Component
class CrossingNotices {
    private static final List<NoticeReceiver> RECEIVERS = List.of(NoticeReceiver.MOL, NoticeReceiver.EMBASSY);

    private final CrossingRepository crossings;
    private final RecruitmentRequests requests;
    private final WorkPermits permits;
    private final Approvals approvals;
    private final Notices notices;

    CrossingNotices(CrossingRepository crossings, RecruitmentRequests requests, WorkPermits permits,
                    Approvals approvals, Notices notices) {
        this.crossings = crossings;
        this.requests = requests;
        this.permits = permits;
        this.approvals = approvals;
        this.notices = notices;
    }

    /** A crossing just kept: its notices are due now if its traveller is a domestic worker. */
    @Transactional(propagation = Propagation.MANDATORY)
    void crossed(Crossing crossing, UUID eventId) {
        Optional<RequestId> latestRequest = requests.latestFor(crossing.passport().key());
        if (latestRequest.isPresent() || permits.anyFor(crossing.passport().key())) {
            announce(crossing, latestRequest, eventId);
        }
    }

    /** A request for a traveller who crossed before: the crossings' notices are due now. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestArrived(RecruitmentRequestArrived arrived) {
        announceCrossingsOf(arrived.passportKey(), arrived.provenance().eventId());
    }

    /** A permit for a traveller who crossed before: the crossings' notices are due now. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void permitArrived(WorkPermitArrived arrived) {
        announceCrossingsOf(arrived.passportKey(), arrived.provenance().eventId());
    }

    private void announceCrossingsOf(String passportKey, UUID eventId) {
        List<Crossing> crossed = crossings.findByPassportKeyOrderByOccurredAtAscIdAsc(passportKey);
        if (!crossed.isEmpty()) {
            Optional<RequestId> latestRequest = requests.latestFor(passportKey);
            crossed.forEach(crossing -> announce(crossing, latestRequest, eventId));
        }
    }

    private void announce(Crossing crossing, Optional<RequestId> latestRequest, UUID eventId) {
        RequestId requestId = requestOf(crossing).or(() -> latestRequest).orElse(null);
        for (NoticeReceiver receiver : RECEIVERS) {
            notices.due(CrossingNoticeDue.of(receiver, crossing.crossingId(), crossing.direction(),
                    PassportNo.of(crossing.passport().number()), CountryCode.of(crossing.nationality()),
                    crossing.crossingPoint(), crossing.occurredAt(), requestId), eventId);
        }
    }

    /** The request of the approval the traveller entered on, as known at the crossing or found by number now. */
    private Optional<RequestId> requestOf(Crossing crossing) {
        if (crossing.approvalRequestNo() != null) {
            return Optional.of(RequestId.of(crossing.approvalRequestNo()));
        }
        return Optional.ofNullable(crossing.visaRef()).map(ApprovalNo::of).flatMap(approvals::byApprovalNo)
                .map(ApprovalOnRecord::grant).map(grant -> grant.requestId());
    }
}
