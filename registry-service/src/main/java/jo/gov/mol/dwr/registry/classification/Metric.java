package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import jo.gov.mol.dwr.registry.reference.MetricCode;
import jo.gov.mol.dwr.registry.reference.MetricDefinition;
import jo.gov.mol.dwr.registry.reference.MetricUnit;

/**
 * One metric of a classification as a regulator reads it (policy.md): the office's count and denominator, its rate
 * on face value, the value shrunk toward the national rate that earned the points, the national rate beside it, and
 * the points. Rates and values are in the metric's unit (per 100 placed workers, or a share from 0 to 1), kept to
 * {@value #SCALE} decimals; {@code rate} is null when the office's denominator is 0, {@code value} and
 * {@code national} also when the national one is.
 */
public record Metric(MetricCode code, long count, long denominator, BigDecimal rate, BigDecimal value,
                     BigDecimal national, BigDecimal points) {
    static final int SCALE = 6;
    /** Exact enough that the points, rounded to one decimal, never depend on it; the same on every machine. */
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal PER_100 = BigDecimal.valueOf(100);

    /**
     * Scores the office's count: its rate shrunk toward the national one, {@code (count + k × national) / (n + k)},
     * then the points the definition gives that value. Where the office's and the national denominators are both 0
     * nothing was there to judge: full points, and no national value.
     *
     * @param national the count pooled over all offices (the office's own among them)
     * @param k        how many of the national rate's observations a rate is weighed with
     */
    static Metric score(MetricDefinition definition, MetricCount office, MetricCount national, int k) {
        if (office.denominator() == 0 && national.denominator() == 0) {
            return new Metric(definition.code(), office.count(), 0, null, null, null,
                    BigDecimal.valueOf(definition.weight()).setScale(1));
        }
        BigDecimal unit = definition.unit() == MetricUnit.PER_100_PLACED ? PER_100 : BigDecimal.ONE;
        BigDecimal nationalRate = ratio(national.count(), national.denominator());
        BigDecimal shrunk = BigDecimal.valueOf(office.count()).add(BigDecimal.valueOf(k).multiply(nationalRate))
                .divide(BigDecimal.valueOf(office.denominator() + (long) k), EXACT).multiply(unit);
        BigDecimal rate = office.denominator() == 0 ? null : ratio(office.count(), office.denominator()).multiply(unit);
        return new Metric(definition.code(), office.count(), office.denominator(), kept(rate), kept(shrunk),
                kept(nationalRate.multiply(unit)), definition.points(shrunk));
    }

    /** Whether the two say the same, whatever the scale a database returned the decimals in. */
    boolean sameAs(Metric other) {
        return code == other.code && count == other.count && denominator == other.denominator
                && same(rate, other.rate) && same(value, other.value) && same(national, other.national)
                && same(points, other.points);
    }

    private static BigDecimal ratio(long count, long denominator) {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(denominator), EXACT);
    }

    private static BigDecimal kept(BigDecimal exact) {
        return exact == null ? null : exact.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static boolean same(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }
}
