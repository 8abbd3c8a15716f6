package jo.gov.mol.dwr.registry.reference;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one sending country's agreement requires (interfaces.md 5).
 *
 * @param minimumAge              the youngest age, in whole years, at which a worker may be recruited
 * @param minimumMonthlySalaryUsd the lowest contract salary per month, in USD
 * @param attestationRequired     whether an entry needs the embassy's ATTESTED contract
 */
public record BilateralRule(Deployment deployment, int minimumAge, BigDecimal minimumMonthlySalaryUsd,
                            boolean attestationRequired) {
    public BilateralRule {
        Objects.requireNonNull(deployment, "deployment");
        minimumMonthlySalaryUsd = Amounts.plain(minimumMonthlySalaryUsd);
    }

    public boolean deploymentSuspended() {
        return deployment == Deployment.SUSPENDED;
    }
}
