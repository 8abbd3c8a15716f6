package jo.gov.mol.dwr.registry.classification;

import java.time.LocalDate;

/**
 * What classification needs of the flags (policy.md, "serious flags" and the order of decision), implemented by the
 * flags, so that classification never reads their tables.
 */
public interface OfficeFlags {

    /**
     * The flags counted for an office (the office they name: named on their events, or else the office of the
     * worker's latest recruitment request before them) whose {@code raisedAt} falls in the period.
     *
     * @param from first day of the period, Amman, inclusive
     * @param to   last day of the period, Amman, inclusive
     */
    OfficeFlagTally tally(String licenceNo, LocalDate from, LocalDate to);
}
