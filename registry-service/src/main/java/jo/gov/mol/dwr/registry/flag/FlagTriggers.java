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
 * Evaluates the flags of whoever an applied event concerns, in the event's transaction: the person its record is
 * linked to or who holds its passport; for a MoI decision, its request's person and everyone who entered on the
 * approval; for a request, also its office's quota; for a complaint against an employer, everyone whose request
 * names that employer (REPEAT_ABUSE_EMPLOYER); for an office's licence, everyone whose request names the office
 * (OFFICE_LICENCE_INVALID) and its quota. When linkage merges or splits persons, the persons touched. What reaches
 * further still (a transfer through an office licensed later) the sweep finds.
 */
@Component
class FlagTriggers {
    private final FlagEvaluation evaluation;
    private final Persons persons;
    private final Workers workers;
    private final Crossings crossings;
    private final RecruitmentRequests requests;

    FlagTriggers(FlagEvaluation evaluation, Persons persons, Workers workers, Crossings crossings,
                 RecruitmentRequests requests) {
        this.evaluation = evaluation;
        this.persons = persons;
        this.workers = workers;
        this.crossings = crossings;
        this.requests = requests;
    }

    @EventListener
    void on(EventApplied applied) {
        Set<Long> concerned = new LinkedHashSet<>();
        persons.personOfEvent(applied.eventId()).ifPresent(concerned::add);
        CanonicalEvent event = applied.event();
        if (event instanceof ApprovalDecided decision) {
            persons.latestRecord(RecordKind.RECRUITMENT_REQUEST, decision.requestId().value())
                    .ifPresent(request -> concerned.add(persons.survivorOf(request.personId())));
            if (decision.approvalNo() != null) {
                crossings.eventsOnApproval(decision.approvalNo())
                        .forEach(entry -> persons.personOfEvent(entry).ifPresent(concerned::add));
            }
        } else if (event instanceof OfficeLicenceRecorded licence) {
            requesters(requests.namingOffice(licence.licenceNo()), concerned);
        } else {
            workers.holding(event.orderingKey()).flatMap(persons::personOfWorker).ifPresent(concerned::add);
        }
        if (event instanceof ComplaintRecorded complaint && complaint.employer() != null) {
            requesters(requests.namingEmployer(complaint.employer()), concerned);
        }
        concerned.forEach(evaluation::person);
        if (event instanceof RecruitmentRequested request) {
            evaluation.office(request.office());
        } else if (event instanceof OfficeLicenceRecorded licence) {
            evaluation.office(licence.licenceNo());
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
