package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/**
 * RETALIATORY_ABSCONDING: an employer reports the worker absconding ({@code ReportedOn}) within the set days after
 * the filing of a complaint by or for the worker (filed by the worker, an embassy, an NGO or an inspector; or an
 * embassy welfare case of category COMPLAINT) against that employer. Raised on the employer, one flag per report.
 */
@Component
class RetaliatoryAbsconding implements Rule {
    private static final Set<Complainant> BY_OR_FOR_THE_WORKER =
            EnumSet.of(Complainant.WORKER, Complainant.EMBASSY, Complainant.NGO, Complainant.INSPECTOR);

    @Override
    public RuleCode code() {
        return RuleCode.RETALIATORY_ABSCONDING;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact reportFact : facts.current(AbscondingReported.class)) {
            AbscondingReported report = reportFact.as(AbscondingReported.class);
            int days = context.rulesOn(report.reportedOn()).flags().retaliationDays();
            Optional<Fact> complaint = facts.all().stream()
                    .filter(fact -> against(fact, report.employer()).filter(filed ->
                            AmmanCalendar.within(report.reportedOn(), filed, days)).isPresent())
                    .findFirst();
            complaint.ifPresent(filed -> found.add(Finding.of(code(), "absconding:" + report.reportId().value(),
                    reportFact.businessTime(), List.of(reportFact, filed)).withEmployer(report.employer().value())));
        }
        return found;
    }

    /** When a complaint by or for the worker against this employer was filed, if the fact is one. */
    private static Optional<LocalDate> against(Fact fact, NationalId employer) {
        if (fact.event() instanceof ComplaintRecorded complaint) {
            return BY_OR_FOR_THE_WORKER.contains(complaint.filedBy()) && employer.equals(complaint.employer())
                    ? Optional.of(complaint.filedOn()) : Optional.empty();
        }
        if (fact.event() instanceof WelfareCaseRecorded welfareCase) {
            return welfareCase.category() == WelfareCategory.COMPLAINT && employer.equals(welfareCase.employer())
                    ? Optional.of(welfareCase.time().date()) : Optional.empty();
        }
        return Optional.empty();
    }
}
