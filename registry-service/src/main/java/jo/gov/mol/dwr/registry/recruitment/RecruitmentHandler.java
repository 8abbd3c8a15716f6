package jo.gov.mol.dwr.registry.recruitment;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.employer.Employers;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.Workers;

/**
 * A recruitment request creates or describes its worker and employer, and keeps its own version. The first version
 * of a request announces it ({@link RecruitmentRequestArrived}), so that what waited for it joins it.
 */
@Component
class RecruitmentHandler implements EventHandler<RecruitmentRequested> {
    private final RecruitmentRequestRepository requests;
    private final Workers workers;
    private final Employers employers;
    private final ApplicationEventPublisher events;

    RecruitmentHandler(RecruitmentRequestRepository requests, Workers workers, Employers employers,
                       ApplicationEventPublisher events) {
        this.requests = requests;
        this.workers = workers;
        this.employers = employers;
        this.events = events;
    }

    @Override
    public Class<RecruitmentRequested> eventType() {
        return RecruitmentRequested.class;
    }

    @Override
    public void apply(RecruitmentRequested fact, Provenance provenance) {
        workers.recordIdentity(fact.worker(), provenance);
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
