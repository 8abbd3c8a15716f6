package jo.gov.mol.dwr.registry.flag;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.crossing.Crossings;
import jo.gov.mol.dwr.registry.intake.EventApplied;
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.person.PersonsChanged;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.recruitment.RecruitmentRequests;
import jo.gov.mol.dwr.registry.recruitment.RequestOnRecord;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Evaluates the flags of whoever an applied event concerns: in the event's transaction, the person its record is
 * linked to or who holds its passport (for a MoI decision, its request's person); once it has committed
 * ({@link AfterCommit}), the other subjects its facts reach: everyone who entered on a decided approval, everyone
 * whose request names the employer of a complaint (REPEAT_ABUSE_EMPLOYER) or the office of a licence
 * (OFFICE_LICENCE_INVALID), and the office's quota for a request or a licence. When linkage merges or splits
 * persons, the persons touched. What reaches further still (a transfer through an office licensed later) the sweep
 * finds.
 */
@Component
class FlagTriggers {
    private final FlagEvaluation evaluation;
    private final Persons persons;
    private final Workers workers;
    private final Crossings crossings;
    private final RecruitmentRequests requests;
    private final AfterCommit afterCommit;

    FlagTriggers(FlagEvaluation evaluation, Persons persons, Workers workers, Crossings crossings,
                 RecruitmentRequests requests, AfterCommit afterCommit) {
        this.evaluation = evaluation;
        this.persons = persons;
        this.workers = workers;
        this.crossings = crossings;
        this.requests = requests;
        this.afterCommit = afterCommit;
    }

    @EventListener
    void on(EventApplied applied) {
        Set<Long> concerned = new LinkedHashSet<>();
        persons.personOfEvent(applied.eventId()).ifPresent(concerned::add);
        CanonicalEvent event = applied.event();
        Set<Long> others = new LinkedHashSet<>();
        if (event instanceof ApprovalDecided decision) {
            persons.latestRecord(RecordKind.RECRUITMENT_REQUEST, decision.requestId().value())
                    .ifPresent(request -> concerned.add(persons.survivorOf(request.personId())));
            if (decision.approvalNo() != null) {
                crossings.eventsOnApproval(decision.approvalNo())
                        .forEach(entry -> persons.personOfEvent(entry).ifPresent(others::add));
            }
        } else if (event instanceof OfficeLicenceRecorded licence) {
            requesters(requests.namingOffice(licence.licenceNo()), others);
        } else {
            workers.holding(event.orderingKey()).flatMap(persons::personOfWorker).ifPresent(concerned::add);
        }
        if (event instanceof ComplaintRecorded complaint && complaint.employer() != null) {
            requesters(requests.namingEmployer(complaint.employer()), others);
        }
        concerned.forEach(evaluation::person);
        others.removeAll(concerned);
        others.forEach(person -> afterCommit.run("person " + person, () -> evaluation.person(person)));
        if (event instanceof RecruitmentRequested request) {
            afterCommit.run("office " + request.office().value(),
                    () -> evaluation.office(request.office(), AmmanCalendar.dateOf(request.requestedAt())));
        } else if (event instanceof OfficeLicenceRecorded licence) {
            afterCommit.run("office " + licence.licenceNo().value(), () -> evaluation.office(licence.licenceNo()));
        }
    }

    /** The persons these requests recruit, as linked now. */
    private void requesters(List<RequestOnRecord> named, Set<Long> concerned) {
        named.forEach(request -> persons.latestRecord(RecordKind.RECRUITMENT_REQUEST, request.requestId())
                .ifPresent(record -> concerned.add(persons.survivorOf(record.personId()))));
    }

    @EventListener
    void on(PersonsChanged changed) {
        changed.personIds().forEach(evaluation::person);
    }
}
