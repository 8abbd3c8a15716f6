package jo.gov.mol.dwr.mappings.canonical;

import java.math.BigDecimal;
import java.util.Objects;

/** An amount of money in the currency the source stated; conversion is reference data, not mapping. */
public record Money(BigDecimal amount, Currency currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // one form per value, so that 400 and 400.00 are the same content
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }
}
