package jo.gov.mol.dwr.registry.reference;

import java.util.Comparator;
import java.util.List;

/**
 * How offices are classified (policy.md, "Office classification").
 *
 * @param periodMonths     the default period: this many calendar months up to the end of the last complete month
 * @param minimumPlaced    fewer workers placed in the period leaves an office UNRATED
 * @param shrinkageK       {@code k} of {@code (count + k × national rate) / (n + k)}
 * @param bands            the lowest score of each class
 * @param permitOnTimeDays a permit within this many days of entry is on time (the PERMITS_ON_TIME metric)
 * @param metrics          the eight metrics, in the policy's order; their weights sum to 100
 */
public record ClassificationRules(int periodMonths, int minimumPlaced, int shrinkageK, Bands bands,
                                  int permitOnTimeDays, List<MetricDefinition> metrics) {
    public ClassificationRules {
        metrics = metrics.stream().sorted(Comparator.comparing(MetricDefinition::code)).toList();
    }

    public MetricDefinition metric(MetricCode code) {
        return metrics.stream().filter(metric -> metric.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("no metric " + code + " in these rules"));
    }
}
