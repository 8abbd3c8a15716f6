package jo.gov.mol.dwr.sandbox.embassy;

import java.util.Map;

/**
 * What the Philippine embassy's events got from the hub.
 *
 * @param calls        every HTTP call, retries included
 * @param accepted     answered 202 ACCEPTED
 * @param duplicates   answered 202 DUPLICATE
 * @param refused      answered 400, each naming the broken field
 * @param unauthorized answered 401
 * @param serverErrors answered 5xx or not at all, and retried
 * @param unexpected   answers other than the planned one
 * @param refusedAt    the pointers the 400 answers named, with how often
 */
public record PhlRun(long calls, long accepted, long duplicates, long refused, long unauthorized, long serverErrors,
                     long unexpected, Map<String, Long> refusedAt) {
    public PhlRun {
        refusedAt = Map.copyOf(refusedAt);
    }

    static PhlRun none() {
        return new PhlRun(0, 0, 0, 0, 0, 0, 0, Map.of());
    }
}
