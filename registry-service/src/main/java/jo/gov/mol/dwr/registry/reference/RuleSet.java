package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Money;

/**
 * One version of the rules, in force from its Amman date {@code effectiveFrom} until a rule set with a later
 * effective date takes over. A flag or classification records the {@code version} that judged it. Never changed
 * once written: a change is a new version. As JSON its rules sit beside the version's own fields, as they are
 * posted.
 */
public record RuleSet(int version, LocalDate effectiveFrom, String reason, String createdBy, Instant createdAt,
                      @JsonUnwrapped Rules rules) {

    public Optional<BilateralRule> bilateral(CountryCode nationality) {
        return rules.bilateral(nationality);
    }

    public BigDecimal toUsd(Money money) {
        return rules.toUsd(money);
    }

    public FlagThresholds flags() {
        return rules.flags();
    }

    public ClassificationRules classification() {
        return rules.classification();
    }

    RuleSetSummary summary() {
        return new RuleSetSummary(version, effectiveFrom, reason, createdBy, createdAt);
    }
}
