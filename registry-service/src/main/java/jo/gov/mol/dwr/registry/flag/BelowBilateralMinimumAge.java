package jo.gov.mol.dwr.registry.flag;

import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;

/** BELOW_BILATERAL_MINIMUM_AGE: at the recruitment request the worker is younger than the nationality's minimum. */
@Component
class BelowBilateralMinimumAge implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.BELOW_BILATERAL_MINIMUM_AGE;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        return facts.current(RecruitmentRequested.class).stream()
                .filter(fact -> {
                    RecruitmentRequested request = fact.as(RecruitmentRequested.class);
                    return context.rulesOn(fact.date()).bilateral(request.worker().nationality())
                            .filter(rule -> AmmanCalendar.ageOn(request.worker().birthDate(), fact.date())
                                    < rule.minimumAge())
                            .isPresent();
                })
                .map(fact -> Requests.finding(code(), fact))
                .toList();
    }
}
