package jo.gov.mol.dwr.registry.permit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.WorkPermitIssued;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * A work permit keeps its own versions; its first version announces it ({@link WorkPermitArrived}), so that what
 * depends on a passport's worker holding a permit learns of it.
 */
@Component
class PermitHandler implements EventHandler<WorkPermitIssued> {
    private final WorkPermitRepository permits;
    private final ApplicationEventPublisher events;

    PermitHandler(WorkPermitRepository permits, ApplicationEventPublisher events) {
        this.permits = permits;
        this.events = events;
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
                () -> {
                    permits.save(WorkPermit.issued(fact.permitNo(), terms, provenance));
                    events.publishEvent(new WorkPermitArrived(fact.permitNo(), terms.passport().key(), provenance));
                });
    }
}
