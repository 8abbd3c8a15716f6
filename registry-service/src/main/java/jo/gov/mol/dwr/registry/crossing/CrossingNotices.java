package jo.gov.mol.dwr.registry.crossing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.person.PersonsChanged;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequestArrived;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequests;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Decides the arrival and departure notices (interfaces.md 1b, 4a): MoL and the embassy of the traveller's
 * nationality hear of a crossing only when the registry holds the traveller as a domestic worker, that is, when a
 * recruitment request or a work permit names a passport of the person who crossed (any of them: a worker recruited
 * on an old passport crosses on the renewed one). Where that becomes known only after the crossing, the notices
 * are due when the request or permit arrives, or when linkage finds the two passports one person's. Each notice's
 * id derives from its crossing and receiver, so whatever makes it due again records nothing more.
 */
@Component
class CrossingNotices {
    private static final List<NoticeReceiver> RECEIVERS = List.of(NoticeReceiver.MOL, NoticeReceiver.EMBASSY);

    private final CrossingRepository crossings;
    private final RecruitmentRequests requests;
    private final WorkPermits permits;
    private final Approvals approvals;
    private final Workers workers;
    private final Persons persons;
    private final Notices notices;

    CrossingNotices(CrossingRepository crossings, RecruitmentRequests requests, WorkPermits permits,
                    Approvals approvals, Workers workers, Persons persons, Notices notices) {
        this.crossings = crossings;
        this.requests = requests;
        this.permits = permits;
        this.approvals = approvals;
        this.workers = workers;
        this.persons = persons;
        this.notices = notices;
    }

    /** A crossing just kept: its notices are due now if its traveller is a domestic worker. */
    @Transactional(propagation = Propagation.MANDATORY)
    void crossed(Crossing crossing, UUID eventId) {
        Set<String> passports = passportsOfPersonHolding(crossing.passport().key());
        Optional<RequestId> latestRequest = requests.latestFor(passports);
        if (latestRequest.isPresent() || permits.anyFor(passports)) {
            announce(crossing, latestRequest, eventId);
        }
    }

    /** A request for a traveller who crossed before: the crossings' notices are due now. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestArrived(RecruitmentRequestArrived arrived) {
        announceCrossingsOf(passportsOfPersonHolding(arrived.passportKey()), arrived.provenance().eventId());
    }

    /** A permit for a traveller who crossed before: the crossings' notices are due now. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void permitArrived(WorkPermitArrived arrived) {
        announceCrossingsOf(passportsOfPersonHolding(arrived.passportKey()), arrived.provenance().eventId());
    }

    /**
     * Linkage joined (or parted) persons: a crossing on one passport may now be a recruited worker's. There is no
     * source message of this change, so each notice names the message that reported its crossing.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void personsChanged(PersonsChanged changed) {
        for (long personId : changed.personIds()) {
            persons.find(personId).ifPresent(person -> announceCrossingsOf(workers.passportKeysOf(person.members()), null));
        }
    }

    /**
     * @param eventId the source message that made the notices due; null to name each crossing's own message
     */
    private void announceCrossingsOf(Set<String> passports, UUID eventId) {
        if (passports.isEmpty()) {
            return;
        }
        Optional<RequestId> latestRequest = requests.latestFor(passports);
        if (latestRequest.isEmpty() && !permits.anyFor(passports)) {
            return;
        }
        for (Crossing crossing : crossings.findByPassportKeyInOrderByOccurredAtAscIdAsc(passports)) {
            announce(crossing, latestRequest, eventId == null ? crossing.source().eventId() : eventId);
        }
    }

    /** Every passport of the person who holds this one (through merges); the passport alone while none is linked. */
    private Set<String> passportsOfPersonHolding(String passportKey) {
        Set<String> passports = new HashSet<>(workers.holding(passportKey).flatMap(persons::personOfWorker)
                .flatMap(persons::find).map(person -> workers.passportKeysOf(person.members())).orElse(Set.of()));
        passports.add(passportKey);
        return passports;
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
