package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.util.Objects;

/** One written form per decimal of the rule sets, as {@code Money} keeps it: 400, 400.0 and 4E+2 are all 400. */
final class Amounts {
    private Amounts() {
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = Objects.requireNonNull(value, "amount").stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
