package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;

/**
 * What nation to draw.
 *
 * @param seed          the same seed gives the same nation, message ids included
 * @param workers       how many workers are recruited (impostors entering on others' approvals, and the earlier
 *                      workers of the employers who abuse theirs, come on top)
 * @param months        the span of business time, from {@code start}: requests fall in it, and nothing after it
 *                      happens
 * @param offices       how many licensed recruitment offices there are
 * @param badOffices    how many of them are bad on purpose
 * @param anomalyShare  the share of workers given each {@link Anomaly}, exactly (rounded), each worker at most one
 * @param noise         how untidy the systems are
 */
public record NationSettings(long seed, int workers, int months, LocalDate start, int offices, int badOffices,
                             double anomalyShare, Noise noise) {

    public static NationSettings of(long seed, int workers, int months) {
        return new NationSettings(seed, workers, months, LocalDate.of(2025, 1, 1), 200, 6, 0.015, Noise.usual());
    }

    public NationSettings withNoise(Noise noise) {
        return new NationSettings(seed, workers, months, start, offices, badOffices, anomalyShare, noise);
    }

    public NationSettings withOffices(int offices, int badOffices) {
        return new NationSettings(seed, workers, months, start, offices, badOffices, anomalyShare, noise);
    }

    /** The first day after the span: the replay's clock stops at its midnight. */
    public LocalDate end() {
        return start.plusMonths(months);
    }
}
