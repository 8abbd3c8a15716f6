package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One metric of an office's classification and how its value turns into points: the full weight at
 * {@code fullPointsAt} or better, none at {@code noPointsAt} or worse, linearly in between. Which way is better
 * follows from the two thresholds: complaints have full points at 1 and none at 10 (lower is better), permits on
 * time full points at 0.95 and none at 0.60 (higher is better).
 */
public record MetricDefinition(MetricCode code, MetricUnit unit, BigDecimal fullPointsAt, BigDecimal noPointsAt,
                               int weight) {
    private static final int POINTS_SCALE = 1;

    public MetricDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        fullPointsAt = Amounts.plain(fullPointsAt);
        noPointsAt = Amounts.plain(noPointsAt);
        if (fullPointsAt.compareTo(noPointsAt) == 0) {
            throw new IllegalArgumentException(code + ": full and no points at the same value " + fullPointsAt);
        }
    }

    /**
     * The points a value earns, rounded half-up to one decimal (policy.md): {@code weight × (value − noPointsAt) /
     * (fullPointsAt − noPointsAt)}, held between 0 and the weight. Rounded once, from the exact quotient.
     */
    public BigDecimal points(BigDecimal value) {
        BigDecimal span = fullPointsAt.subtract(noPointsAt);
        BigDecimal gained = value.subtract(noPointsAt);
        if (gained.signum() != span.signum()) {
            return BigDecimal.ZERO.setScale(POINTS_SCALE);
        }
        if (gained.abs().compareTo(span.abs()) >= 0) {
            return BigDecimal.valueOf(weight).setScale(POINTS_SCALE);
        }
        return BigDecimal.valueOf(weight).multiply(gained).divide(span, POINTS_SCALE, RoundingMode.HALF_UP);
    }

    /** Whether a higher value is better (permits on time), rather than a lower one (complaints). */
    public boolean higherIsBetter() {
        return fullPointsAt.compareTo(noPointsAt) > 0;
    }
}
