package jo.gov.mol.dwr.registry.reference;

import java.util.Arrays;
import java.util.Optional;

import jo.gov.mol.dwr.mappings.canonical.CountryCode;

/** The nine countries with a bilateral agreement (interfaces.md 5): every rule set has a rule for each. */
public enum SendingCountry {
    PHL, LKA, IDN, KEN, UGA, ETH, BGD, NPL, GHA;

    /** The sending country of a nationality; empty for a nationality without a bilateral agreement. */
    public static Optional<SendingCountry> of(CountryCode nationality) {
        return of(nationality.value());
    }

    static Optional<SendingCountry> of(String code) {
        return Arrays.stream(values()).filter(country -> country.name().equals(code)).findFirst();
    }

    public CountryCode code() {
        return CountryCode.of(name());
    }
}
