package jo.gov.mol.dwr.registry.flag;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.reference.RuleSet;

/**
 * SALARY_BELOW_MINIMUM: a contract salary (MoL's request or an embassy's attestation) is below the nationality's
 * monthly minimum, compared in USD at the rate of the rule set in force; one flag per request or attestation.
 */
@Component
class SalaryBelowMinimum implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.SALARY_BELOW_MINIMUM;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        for (Fact fact : facts.current(RecruitmentRequested.class)) {
            RecruitmentRequested request = fact.as(RecruitmentRequested.class);
            if (below(request.monthlySalary(), request.worker().nationality(), context.rulesOn(fact.date()))) {
                found.add(Requests.finding(code(), fact));
            }
        }
        for (Fact fact : facts.current(ContractAttested.class)) {
            ContractAttested attestation = fact.as(ContractAttested.class);
            if (below(attestation.salary(), attestation.worker().nationality(), context.rulesOn(fact.date()))) {
                Finding finding = Finding.of(code(), "attestation:" + attestation.embassy().value() + ":"
                        + attestation.attestationRef().value(), fact.businessTime(), List.of(fact))
                        .withOffice(attestation.office().value());
                found.add(attestation.employer() == null ? finding
                        : finding.withEmployer(attestation.employer().value()));
            }
        }
        return found;
    }

    private static boolean below(Money salary, CountryCode nationality, RuleSet rules) {
        return rules.bilateral(nationality)
                .filter(rule -> rules.toUsd(salary).compareTo(rule.minimumMonthlySalaryUsd()) < 0)
                .isPresent();
    }
}
