package jo.gov.mol.dwr.sandbox.embassy;

import java.util.Map;

/**
 * What the Philippine embassy's notices service received, at one moment.
 *
 * @param received every call
 * @param distinct distinct notice ids, answered ACCEPTED
 * @param repeats  calls with a notice id received before, answered DUPLICATE
 * @param refused  calls answered 400 because the notice broke the contract
 * @param byType   distinct notices by type (ARRIVAL, DEPARTURE)
 */
public record PhlNotices(long received, long distinct, long repeats, long refused, Map<String, Long> byType) {
    public PhlNotices {
        byType = Map.copyOf(byType);
    }
}
