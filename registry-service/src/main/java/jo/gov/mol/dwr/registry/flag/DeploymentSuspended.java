package jo.gov.mol.dwr.registry.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;

/**
 * DEPLOYMENT_SUSPENDED: a recruitment request, or an entry on a MoI approval, for a nationality whose deployment is
 * suspended on that date; one flag per request or entry.
 */
@Component
class DeploymentSuspended implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.DEPLOYMENT_SUSPENDED;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        facts.current(RecruitmentRequested.class).stream()
                .filter(request -> suspended(request.as(RecruitmentRequested.class).worker().nationality(),
                        request.date(), context))
                .forEach(request -> found.add(Requests.finding(code(), request)));
        Entries.onKnownApprovals(facts, context).stream()
                .filter(entry -> suspended(entry.crossing().traveller().nationality(), entry.entry().date(), context))
                .forEach(entry -> found.add(Entries.finding(code(), entry.entry(), facts, context,
                        List.of(entry.entry()))));
        return found;
    }

    private static boolean suspended(CountryCode nationality, LocalDate on, FlagContext context) {
        return context.rulesOn(on).bilateral(nationality).filter(rule -> rule.deploymentSuspended()).isPresent();
    }
}
