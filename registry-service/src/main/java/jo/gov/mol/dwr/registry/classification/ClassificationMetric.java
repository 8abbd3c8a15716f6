package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.registry.reference.MetricCode;

/** A metric as a classification keeps it (the row of {@link Metric}). */
@Embeddable
record ClassificationMetric(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                            @Column(name = "metric_code", length = 24, nullable = false) MetricCode code,
                            @Column(name = "metric_count", nullable = false) long count,
                            @Column(name = "denominator", nullable = false) long denominator,
                            @Column(name = "rate", precision = 24, scale = 6) BigDecimal rate,
                            @Column(name = "shrunk_value", precision = 24, scale = 6) BigDecimal value,
                            @Column(name = "national", precision = 24, scale = 6) BigDecimal national,
                            @Column(name = "points", precision = 4, scale = 1, nullable = false) BigDecimal points) {

    static ClassificationMetric of(Metric metric) {
        return new ClassificationMetric(metric.code(), metric.count(), metric.denominator(), metric.rate(),
                metric.value(), metric.national(), metric.points());
    }

    Metric metric() {
        return new Metric(code, count, denominator, rate, value, national, points);
    }
}
