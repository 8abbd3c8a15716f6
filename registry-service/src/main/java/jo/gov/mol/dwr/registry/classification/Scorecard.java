package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.reference.ClassificationRules;
import jo.gov.mol.dwr.registry.reference.MetricCode;
import jo.gov.mol.dwr.registry.reference.MetricDefinition;

/**
 * Classifies offices by one rule set against the national rates of one period (policy.md, "Office classification"):
 * pure arithmetic over counts, so that the same counts and rules always give the same classes.
 */
public final class Scorecard {
    /** A confirmed flag of one of these rules in the period caps the class at C. */
    static final Set<String> CAPPING_RULES = Set.of("UNDERAGE_WORKER", "APPROVAL_HOLDER_MISMATCH");

    private final ClassificationRules rules;
    private final Map<MetricCode, MetricCount> national;

    private Scorecard(ClassificationRules rules, Map<MetricCode, MetricCount> national) {
        this.rules = rules;
        this.national = national;
    }

    /** A scorecard whose national rates pool every office's counts (unshrunk, policy.md). */
    public static Scorecard pooling(ClassificationRules rules, Collection<OfficeTally> offices) {
        Map<MetricCode, MetricCount> pooled = new EnumMap<>(MetricCode.class);
        for (MetricCode code : MetricCode.values()) {
            pooled.put(code, offices.stream().map(office -> office.count(code))
                    .reduce(MetricCount.none(code), MetricCount::plus));
        }
        return new Scorecard(rules, pooled);
    }

    public Verdict classify(OfficeTally office) {
        List<Metric> metrics = rules.metrics().stream().map(definition -> score(definition, office)).toList();
        BigDecimal score = metrics.stream().map(Metric::points).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        return new Verdict(decide(office, score), score, office.placed(), office.flags().pendingSerious(), metrics);
    }

    private Metric score(MetricDefinition definition, OfficeTally office) {
        return Metric.score(definition, office.count(definition.code()), national.get(definition.code()),
                rules.shrinkageK());
    }

    /**
     * The order of decision: not ACTIVE at the end of the period is D; else too few placed is UNRATED; else the band
     * of the score; then a confirmed underage worker or approval holder mismatch makes it at best C.
     */
    private OfficeClass decide(OfficeTally office, BigDecimal score) {
        if (!office.activeAtEnd()) {
            return OfficeClass.D;
        }
        if (office.placed() < rules.minimumPlaced()) {
            return OfficeClass.UNRATED;
        }
        OfficeClass band = band(score);
        boolean capped = office.flags().confirmedRules().stream().anyMatch(CAPPING_RULES::contains);
        return capped && (band == OfficeClass.A || band == OfficeClass.B) ? OfficeClass.C : band;
    }

    private OfficeClass band(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(rules.bands().a())) >= 0) {
            return OfficeClass.A;
        }
        if (score.compareTo(BigDecimal.valueOf(rules.bands().b())) >= 0) {
            return OfficeClass.B;
        }
        return score.compareTo(BigDecimal.valueOf(rules.bands().c())) >= 0 ? OfficeClass.C : OfficeClass.D;
    }
}
