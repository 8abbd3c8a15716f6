package jo.gov.mol.dwr.registry.classification;

import java.util.Set;

/**
 * An office's flags in a period, as classification counts them.
 *
 * @param confirmedSerious      CONFIRMED flags of CRITICAL or HIGH severity (the serious-flags metric's count)
 * @param pendingSerious        OPEN and IN_REVIEW flags of CRITICAL or HIGH severity (shown beside it, not counted)
 * @param confirmedRules        the rule codes of every CONFIRMED flag (an UNDERAGE_WORKER or APPROVAL_HOLDER_MISMATCH
 *                              among them caps the class at C)
 */
public record OfficeFlagTally(long confirmedSerious, long pendingSerious, Set<String> confirmedRules) {

    public OfficeFlagTally {
        confirmedRules = Set.copyOf(confirmedRules);
    }

    public static OfficeFlagTally none() {
        return new OfficeFlagTally(0, 0, Set.of());
    }
}
