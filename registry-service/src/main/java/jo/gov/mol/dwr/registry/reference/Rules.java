package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Money;

/**
 * The content of a rule set: the bilateral rule of every sending country, the JOD to USD rate, the flags'
 * thresholds and the classification's rules. Stored as one JSON document per version.
 *
 * @param usdPerJod US dollars for one Jordanian dinar (salaries are compared in USD, policy.md)
 */
public record Rules(Map<SendingCountry, BilateralRule> bilateral, BigDecimal usdPerJod, FlagThresholds flags,
                    ClassificationRules classification) {
    public Rules {
        bilateral = Collections.unmodifiableMap(new EnumMap<>(bilateral));
        usdPerJod = Amounts.plain(usdPerJod);
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(classification, "classification");
    }

    /** The rule of a nationality's bilateral agreement; empty for a nationality without one. */
    public Optional<BilateralRule> bilateral(CountryCode nationality) {
        return SendingCountry.of(nationality).map(bilateral::get);
    }

    /** An amount in USD: as stated when it is in USD, else converted at {@link #usdPerJod()} (exactly, unrounded). */
    public BigDecimal toUsd(Money money) {
        return switch (money.currency()) {
            case USD -> money.amount();
            case JOD -> Amounts.plain(money.amount().multiply(usdPerJod));
        };
    }

    /** These rules with one sending country's bilateral rule replaced. */
    Rules withBilateral(SendingCountry country, BilateralRule rule) {
        EnumMap<SendingCountry, BilateralRule> changed = new EnumMap<>(bilateral);
        changed.put(country, rule);
        return new Rules(changed, usdPerJod, flags, classification);
    }
}
