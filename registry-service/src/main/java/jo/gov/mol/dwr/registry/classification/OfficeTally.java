package jo.gov.mol.dwr.registry.classification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import jo.gov.mol.dwr.registry.reference.MetricCode;

/**
 * Everything counted for one office in a period, the inputs of its classification.
 *
 * @param activeAtEnd whether the office was ACTIVE on the period's last day (policy.md, "Time")
 * @param placed      workers placed by the office in the period
 * @param counts      the count of every metric; a metric missing counted nothing
 * @param flags       its flags in the period
 */
public record OfficeTally(String licenceNo, boolean activeAtEnd, long placed, Map<MetricCode, MetricCount> counts,
                          OfficeFlagTally flags) {
    public OfficeTally {
        Objects.requireNonNull(licenceNo, "licenceNo");
        Objects.requireNonNull(flags, "flags");
        EnumMap<MetricCode, MetricCount> all = new EnumMap<>(MetricCode.class);
        for (MetricCode code : MetricCode.values()) {
            all.put(code, counts.getOrDefault(code, MetricCount.none(code)));
        }
        counts = Map.copyOf(all);
    }

    public MetricCount count(MetricCode code) {
        return counts.get(code);
    }
}
