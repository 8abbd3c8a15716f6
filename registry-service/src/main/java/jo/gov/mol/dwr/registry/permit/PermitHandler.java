package jo.gov.mol.dwr.registry.permit;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

@Component
class PermitHandler implements EventHandler<WorkPermitIssued> {
    private final WorkPermitRepository permits;

    PermitHandler(WorkPermitRepository permits) {
        this.permits = permits;
    }

    @Override
    public Class<WorkPermitIssued> eventType() {
        return WorkPermitIssued.class;
    }

    @Override
    public void apply(WorkPermitIssued fact, Provenance provenance) {
        PermitTerms terms = PermitTerms.of(fact);
        permits.findByPermitNo(fact.permitNo().value()).ifPresentOrElse(
                permit -> permit.record(terms, provenance),
                () -> permits.save(WorkPermit.issued(fact.permitNo(), terms, provenance)));
    }
}
