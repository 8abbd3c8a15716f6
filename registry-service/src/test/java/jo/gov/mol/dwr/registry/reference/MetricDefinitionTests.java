package jo.gov.mol.dwr.registry.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Points fall linearly from the full weight at "full points" to 0 at "no points", rounded half-up to 0.1. */
class MetricDefinitionTests {
    /** Lower is better: full points at 1 complaint per 100 placed, none at 10 (weight 20). */
    private final MetricDefinition complaints = metric(MetricCode.SUBSTANTIATED_COMPLAINTS, MetricUnit.PER_100_PLACED,
            "1", "10", 20);
    /** Higher is better: full points at 95 % on time, none at 60 % (weight 15). */
    private final MetricDefinition permitsOnTime = metric(MetricCode.PERMITS_ON_TIME, MetricUnit.SHARE,
            "0.95", "0.60", 15);

    @Test
    void givesTheFullWeightAtOrBeyondFullPoints() {
        assertThat(complaints.points(value("1"))).isEqualByComparingTo("20");
        assertThat(complaints.points(value("0"))).isEqualByComparingTo("20");
        assertThat(permitsOnTime.points(value("0.95"))).isEqualByComparingTo("15");
        assertThat(permitsOnTime.points(value("1"))).isEqualByComparingTo("15");
    }

    @Test
    void givesNothingAtOrBeyondNoPoints() {
        assertThat(complaints.points(value("10"))).isEqualByComparingTo("0");
        assertThat(complaints.points(value("37.5"))).isEqualByComparingTo("0");
        assertThat(permitsOnTime.points(value("0.60"))).isEqualByComparingTo("0");
        assertThat(permitsOnTime.points(value("0.2"))).isEqualByComparingTo("0");
    }

    @Test
    void fallsLinearlyInBetweenWhicheverWayIsBetter() {
        // 20 × (10 − 5.5) / 9 = 10
        assertThat(complaints.points(value("5.5"))).isEqualByComparingTo("10");
        // 15 × (0.775 − 0.60) / 0.35 = 7.5
        assertThat(permitsOnTime.points(value("0.775"))).isEqualByComparingTo("7.5");
        // 15 × (0.80 − 0.60) / 0.35 = 8.571…
        assertThat(permitsOnTime.points(value("0.80"))).isEqualByComparingTo("8.6");
    }

    @Test
    void roundsHalfUpToOneDecimalFromTheExactQuotient() {
        MetricDefinition tenPoints = metric(MetricCode.SERIOUS_FLAGS, MetricUnit.PER_100_PLACED, "0", "4", 10);
        // 10 × (4 − 3.99) / 4 = 0.025 → 0.0; 10 × (4 − 3.98) / 4 = 0.05 → 0.1 (half-up, not half-even)
        assertThat(tenPoints.points(value("3.99"))).isEqualTo(new BigDecimal("0.0"));
        assertThat(tenPoints.points(value("3.98"))).isEqualTo(new BigDecimal("0.1"));
        // 10 × (4 − 2.5) / 4 = 3.75 → 3.8
        assertThat(tenPoints.points(value("2.5"))).isEqualTo(new BigDecimal("3.8"));
        // 20 × (10 − 9.95) / 9 = 0.1111… → 0.1
        assertThat(complaints.points(value("9.95"))).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void answersPointsWithOneDecimalAlways() {
        assertThat(complaints.points(value("0")).scale()).isEqualTo(1);
        assertThat(complaints.points(value("99")).scale()).isEqualTo(1);
        assertThat(complaints.points(value("4")).scale()).isEqualTo(1);
    }

    @Test
    void knowsWhichWayIsBetter() {
        assertThat(complaints.higherIsBetter()).isFalse();
        assertThat(permitsOnTime.higherIsBetter()).isTrue();
    }

    @Test
    void refusesFullAndNoPointsAtOneValue() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> metric(MetricCode.MOI_REJECTIONS, MetricUnit.SHARE, "0.2", "0.20", 10));
    }

    private static MetricDefinition metric(MetricCode code, MetricUnit unit, String full, String none, int weight) {
        return new MetricDefinition(code, unit, value(full), value(none), weight);
    }

    private static BigDecimal value(String value) {
        return new BigDecimal(value);
    }
}
