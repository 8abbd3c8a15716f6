package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;

/**
 * A classification as the API shows it (interfaces.md 6): its class and score, period ({@code 2025-11/2026-10}),
 * rule set version, status and every metric, with the class it was computed as, the workers placed, the serious
 * flags still pending (shown beside the serious-flags metric, not counted), and every step of its review.
 */
public record ClassificationView(long id, @JsonProperty("class") OfficeClass officeClass, OfficeClass computedClass,
                                 BigDecimal score, String period, int ruleSetVersion, ClassificationStatus status,
                                 long placed, long pendingSeriousFlags, Instant computedAt, Instant inForceAt,
                                 List<Metric> metrics, List<Step> steps) {

    static ClassificationView of(Classification classification) {
        return new ClassificationView(classification.id(), classification.officeClass(),
                classification.computedClass(), classification.score(), classification.period().toString(),
                classification.ruleSetVersion(), classification.status(), classification.placed(),
                classification.pendingSerious(), classification.computedAt(), classification.inForceAt(),
                classification.metrics(), classification.steps().stream().map(Step::of).toList());
    }

    /** One step of the review: what the classification became, with which class, who, when and why. */
    public record Step(ClassificationStatus status, @JsonProperty("class") OfficeClass officeClass, String by,
                       Instant at, String reason) {
        static Step of(ClassificationStep step) {
            return new Step(step.step(), step.officeClass(), step.by(), step.at(), step.reason());
        }
    }
}
