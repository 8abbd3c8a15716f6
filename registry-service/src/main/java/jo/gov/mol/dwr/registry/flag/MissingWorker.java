package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.AbscondingReported;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

/**
 * MISSING_WORKER: an embassy reports the worker missing, or an absconding report stands (until any later event of
 * the worker from any system), and the set days pass with no exit and no new event of the worker; raised at 00:00
 * Amman the day after, once the clock has passed it. One flag per report; a later sign of life resolves it.
 */
@Component
class MissingWorker implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.MISSING_WORKER;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Fact> reports = new ArrayList<>(facts.current(AbscondingReported.class));
        facts.current(WelfareCaseRecorded.class).stream()
                .filter(fact -> fact.as(WelfareCaseRecorded.class).category() == WelfareCategory.MISSING_WORKER)
                .forEach(reports::add);
        List<Finding> found = new ArrayList<>();
        for (Fact report : reports) {
            LocalDate reported = report.date();
            Instant deadline = AmmanCalendar.afterDays(reported, context.rulesOn(reported).flags().missingWorkerDays());
            boolean signOfLife = facts.all().stream()
                    .filter(fact -> !facts.versionsOf(report).contains(fact))
                    .anyMatch(fact -> fact.businessTime().isAfter(report.businessTime()));
            if (!signOfLife && !context.now().isBefore(deadline)) {
                found.add(Finding.of(code(), "missing:" + report.event().getClass().getSimpleName() + ":"
                        + report.event().reference(), deadline, List.of(report)));
            }
        }
        return found;
    }
}
