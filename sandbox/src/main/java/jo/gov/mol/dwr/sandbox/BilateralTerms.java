package jo.gov.mol.dwr.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The sandbox's defaults of interfaces.md section 5, one row per sending country: what a simulated contract must meet
 * to be clean, and what an injected anomaly must break. The registry keeps its own copy as reference data; these are
 * the same values, as the outside world would read them in the bilateral agreements.
 *
 * @param minimumAge        the youngest a worker may be at the recruitment request
 * @param minimumSalaryUsd  the lowest monthly salary, in USD
 * @param suspended         whether deployment is SUSPENDED
 * @param attestationRequired whether an entry needs the embassy's ATTESTED record
 */
public record BilateralTerms(int minimumAge, int minimumSalaryUsd, boolean suspended, boolean attestationRequired) {
    /** The configured rate of the sandbox's reference data: 1 JOD = 1.41 USD. */
    public static final BigDecimal USD_PER_JOD = new BigDecimal("1.41");

    private static final Map<String, BilateralTerms> BY_NATIONALITY = Map.of(
            "PHL", new BilateralTerms(23, 400, false, true),
            "LKA", new BilateralTerms(21, 300, false, true),
            "IDN", new BilateralTerms(21, 300, true, true),
            "KEN", new BilateralTerms(21, 300, false, true),
            "UGA", new BilateralTerms(21, 300, false, false),
            "ETH", new BilateralTerms(21, 250, false, false),
            "BGD", new BilateralTerms(25, 250, false, false),
            "NPL", new BilateralTerms(24, 300, true, true),
            "GHA", new BilateralTerms(21, 300, false, false));

    public static BilateralTerms of(String nationality) {
        BilateralTerms terms = BY_NATIONALITY.get(nationality);
        if (terms == null) {
            throw new IllegalArgumentException("no bilateral terms for nationality " + nationality);
        }
        return terms;
    }

    /** A USD amount in whole JOD, rounded up so that the conversion back never falls below it. */
    public static BigDecimal jodFor(BigDecimal usd) {
        return usd.divide(USD_PER_JOD, 0, RoundingMode.UP);
    }

    public static BigDecimal usdOf(BigDecimal amount, String currency) {
        return "JOD".equals(currency) ? amount.multiply(USD_PER_JOD) : amount;
    }
}
