package jo.gov.mol.dwr.registry.recruitment;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.employer.Employers;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.Workers;

/** A recruitment request creates or describes its worker and employer, and keeps its own version. */
@Component
class RecruitmentHandler implements EventHandler<RecruitmentRequested> {
    private final RecruitmentRequestRepository requests;
    private final Workers workers;
    private final Employers employers;

    RecruitmentHandler(RecruitmentRequestRepository requests, Workers workers, Employers employers) {
        this.requests = requests;
        this.workers = workers;
        this.employers = employers;
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
                () -> requests.save(RecruitmentRequest.requested(fact.requestId(), terms, provenance)));
    }
}
