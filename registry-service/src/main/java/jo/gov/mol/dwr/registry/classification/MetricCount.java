package jo.gov.mol.dwr.registry.classification;

import jo.gov.mol.dwr.registry.reference.MetricCode;

/**
 * What a metric counted for one office, or for all of them: how many ({@code count}) out of how many
 * ({@code denominator}, the metric's {@code n}: placed workers, decided requests, attestations or expired approvals).
 */
public record MetricCount(MetricCode code, long count, long denominator) {
    public MetricCount {
        if (count < 0 || denominator < 0) {
            throw new IllegalArgumentException(code + ": counts are never negative: " + count + "/" + denominator);
        }
    }

    public static MetricCount none(MetricCode code) {
        return new MetricCount(code, 0, 0);
    }

    /** Pooled with another office's count of the same metric (the national rate sums counts and denominators). */
    MetricCount plus(MetricCount other) {
        if (other.code != code) {
            throw new IllegalArgumentException("cannot pool " + code + " with " + other.code);
        }
        return new MetricCount(code, count + other.count, denominator + other.denominator);
    }
}
