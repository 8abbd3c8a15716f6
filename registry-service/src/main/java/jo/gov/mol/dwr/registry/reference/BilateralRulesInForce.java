package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bilateral rule of every sending country in force on a date, and the rule set they come from. */
record BilateralRulesInForce(LocalDate on, int version, LocalDate effectiveFrom, List<Row> rules) {

    static BilateralRulesInForce of(LocalDate on, RuleSet ruleSet) {
        return new BilateralRulesInForce(on, ruleSet.version(), ruleSet.effectiveFrom(),
                ruleSet.rules().bilateral().entrySet().stream()
                        .map(rule -> Row.of(rule.getKey(), rule.getValue()))
                        .toList());
    }

    record Row(SendingCountry nationality, Deployment deployment, int minimumAge, BigDecimal minimumMonthlySalaryUsd,
               boolean attestationRequired) {
        static Row of(SendingCountry nationality, BilateralRule rule) {
            return new Row(nationality, rule.deployment(), rule.minimumAge(), rule.minimumMonthlySalaryUsd(),
                    rule.attestationRequired());
        }
    }
}
