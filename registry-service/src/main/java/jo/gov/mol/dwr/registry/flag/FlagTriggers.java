package jo.gov.mol.dwr.registry.flag;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ApprovalDecided;
import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.crossing.Crossings;
import jo.gov.mol.dwr.registry.intake.EventApplied;
import jo.gov.mol.dwr.registry.person.Persons;
import jo.gov.mol.dwr.registry.person.PersonsChanged;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * Evaluates the flags of whoever an applied event concerns, in the event's transaction: the person its record is
 * linked to or who holds its passport; for a MoI decision, its request's person and everyone who entered on the
 * approval; for a request, also its office's quota. When linkage merges or splits persons, the persons touched.
 * What fans out further (a complaint that makes another person's request REPEAT_ABUSE_EMPLOYER) the sweep finds.
 */
@Component
class FlagTriggers {
    private final FlagEvaluation evaluation;
    private final Persons persons;
    private final Workers workers;
    private final Crossings crossings;

    FlagTriggers(FlagEvaluation evaluation, Persons persons, Workers workers, Crossings crossings) {
        this.evaluation = evaluation;
        this.persons = persons;
        this.workers = workers;
        this.crossings = crossings;
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
        } else {
            workers.holding(event.orderingKey()).flatMap(persons::personOfWorker).ifPresent(concerned::add);
        }
        concerned.forEach(evaluation::person);
        if (event instanceof RecruitmentRequested request) {
            evaluation.office(request.office());
        }
    }

    @EventListener
    void on(PersonsChanged changed) {
        changed.personIds().forEach(evaluation::person);
    }
}
