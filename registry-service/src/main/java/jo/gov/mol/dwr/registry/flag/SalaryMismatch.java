package jo.gov.mol.dwr.registry.flag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;

/**
 * SALARY_MISMATCH: the salary the embassy attested for the worker's contract with an office differs from the MoL
 * request's through that office by more than the set share of MoL's salary; one flag per request, judged on the
 * latest attestation for that office. It first holds when the later of the two is known.
 */
@Component
class SalaryMismatch implements Rule {

    @Override
    public RuleCode code() {
        return RuleCode.SALARY_MISMATCH;
    }

    @Override
    public List<Finding> findings(PersonFacts facts, FlagContext context) {
        List<Finding> found = new ArrayList<>();
        List<Fact> attestations = facts.current(ContractAttested.class);
        for (Fact requestFact : facts.current(RecruitmentRequested.class)) {
            RecruitmentRequested request = requestFact.as(RecruitmentRequested.class);
            Optional<Fact> attested = attestations.stream()
                    .filter(fact -> fact.as(ContractAttested.class).office().equals(request.office()))
                    .reduce((earlier, later) -> later);
            if (attested.isEmpty()) {
                continue;
            }
            Fact attestationFact = attested.get();
            var rules = context.rulesOn(requestFact.date());
            BigDecimal mol = rules.toUsd(request.monthlySalary());
            BigDecimal embassy = context.rulesOn(attestationFact.date())
                    .toUsd(attestationFact.as(ContractAttested.class).salary());
            if (mol.subtract(embassy).abs().compareTo(mol.multiply(rules.flags().salaryMismatchShare())) > 0) {
                Fact later = attestationFact.businessTime().isAfter(requestFact.businessTime()) ? attestationFact
                        : requestFact;
                found.add(Requests.finding(code(), requestFact, attestationFact).raisedAt(later.businessTime()));
            }
        }
        return found;
    }
}
