package jo.gov.mol.dwr.registry.absconding;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.registry.intake.EventHandler;
import jo.gov.mol.dwr.registry.source.Provenance;

@Component
class AbscondingHandler implements EventHandler<AbscondingReported> {
    private final AbscondingReportRepository reports;

    AbscondingHandler(AbscondingReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Class<AbscondingReported> eventType() {
        return AbscondingReported.class;
    }

    @Override
    public void apply(AbscondingReported fact, Provenance provenance) {
        AbscondingTerms terms = AbscondingTerms.of(fact);
        reports.findByReportRef(fact.reportId().value()).ifPresentOrElse(
                report -> report.record(terms, provenance),
                () -> reports.save(AbscondingReport.reported(fact.reportId(), terms, provenance)));
    }
}
