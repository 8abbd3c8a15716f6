package jo.gov.mol.dwr.registry.person;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Weights and thresholds as kept: bits to four decimals, a precision every database holds alike. */
final class Weight {
    private static final int SCALE = 4;

    private Weight() {
    }

    static BigDecimal of(double bits) {
        return BigDecimal.valueOf(bits).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
