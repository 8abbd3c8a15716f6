package jo.gov.mol.dwr.registry.recruitment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.employer.Employers;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.linkage.PersonRecord;
import jo.gov.mol.dwr.registry.linkage.SourceKind;
import jo.gov.mol.dwr.registry.person.PersonLinker;
import jo.gov.mol.dwr.registry.person.RecordKind;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * A recruitment request creates or describes its worker (the passport) and employer, links the worker it describes
 * to a registry person (every version is a record of that person), and keeps its own version. The first version
 * of a request announces it ({@link RecruitmentRequestArrived}), so that what waited for it joins it.
 */
@Component
class RecruitmentHandler implements EventHandler<RecruitmentRequested> {
    private final RecruitmentRequestRepository requests;
    private final Workers workers;
    private final PersonLinker persons;
    private final Employers employers;
    private final ApplicationEventPublisher events;

    RecruitmentHandler(RecruitmentRequestRepository requests, Workers workers, PersonLinker persons,
                       Employers employers, ApplicationEventPublisher events) {
        this.requests = requests;
        this.workers = workers;
        this.persons = persons;
        this.employers = employers;
        this.events = events;
    }

    @Override
    public Class<RecruitmentRequested> eventType() {
        return RecruitmentRequested.class;
    }

    @Override
    public void apply(RecruitmentRequested fact, Provenance provenance) {
        long workerId = workers.recordIdentity(fact.worker(), provenance);
        String requestNo = fact.requestId().value();
        persons.link(RecordKind.RECRUITMENT_REQUEST, requestNo, PersonRecord.of(SourceKind.MOL, fact.worker(), requestNo),
                workerId, provenance);
        employers.record(fact.employer(), provenance);
        RequestTerms terms = RequestTerms.of(fact);
        requests.findByRequestNo(fact.requestId().value()).ifPresentOrElse(
                request -> request.record(terms, provenance),
                () -> {
                    requests.save(RecruitmentRequest.requested(fact.requestId(), terms, provenance));
                    events.publishEvent(new RecruitmentRequestArrived(fact.requestId(), fact.worker().passport().key(), provenance));
                });
    }
}
