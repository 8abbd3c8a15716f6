package jo.gov.mol.dwr.registry.classification;

import java.math.BigDecimal;
import java.util.List;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;

/**
 * What the scorecard gives an office: its class, its score out of 100 (the sum of the metrics' points) and every
 * metric that made it, in the policy's order.
 *
 * @param pendingSeriousFlags serious flags still OPEN or IN_REVIEW: shown beside the serious-flags metric, not counted
 */
public record Verdict(OfficeClass officeClass, BigDecimal score, long placed, long pendingSeriousFlags,
                      List<Metric> metrics) {
    public Verdict {
        metrics = List.copyOf(metrics);
    }
}
