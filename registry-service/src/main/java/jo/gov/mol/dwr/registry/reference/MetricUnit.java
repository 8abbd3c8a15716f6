package jo.gov.mol.dwr.registry.reference;

/** What a metric's value measures, and so what its thresholds are written in. */
public enum MetricUnit {
    /** Occurrences per 100 placed workers (1 means one per hundred). */
    PER_100_PLACED,
    /** A share of the metric's denominator, from 0 to 1 (0.95 means 95 %). */
    SHARE
}
