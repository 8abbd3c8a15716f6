package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.util.List;

import jo.gov.mol.dwr.registry.reference.Bands;
import jo.gov.mol.dwr.registry.reference.ClassificationRules;
import jo.gov.mol.dwr.registry.reference.MetricCode;
import jo.gov.mol.dwr.registry.reference.MetricDefinition;
import jo.gov.mol.dwr.registry.reference.MetricUnit;

/** The classification rules as policy.md writes them (the first rule set's). */
final class PolicyRules {
    private PolicyRules() {
    }

    static ClassificationRules defaults() {
        return new ClassificationRules(12, 10, 50, new Bands(85, 70, 50), 30, List.of(
                perHundred(MetricCode.SUBSTANTIATED_COMPLAINTS, "1", "10", 20),
                perHundred(MetricCode.WELFARE_CASES, "2", "15", 15),
                perHundred(MetricCode.ABSCONDING_REPORTS, "2", "15", 10),
                share(MetricCode.PERMITS_ON_TIME, "0.95", "0.60", 15),
                share(MetricCode.MOI_REJECTIONS, "0.02", "0.20", 10),
                share(MetricCode.ATTESTATION_REFUSALS, "0.02", "0.20", 10),
                perHundred(MetricCode.SERIOUS_FLAGS, "0", "5", 15),
                share(MetricCode.UNUSED_APPROVALS, "0.05", "0.30", 5)));
    }

    private static MetricDefinition perHundred(MetricCode code, String full, String none, int weight) {
        return new MetricDefinition(code, MetricUnit.PER_100_PLACED, new BigDecimal(full), new BigDecimal(none), weight);
    }

    private static MetricDefinition share(MetricCode code, String full, String none, int weight) {
        return new MetricDefinition(code, MetricUnit.SHARE, new BigDecimal(full), new BigDecimal(none), weight);
    }
}
