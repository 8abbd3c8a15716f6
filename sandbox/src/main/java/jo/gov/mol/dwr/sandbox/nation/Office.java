package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * A licensed recruitment office as MoL's licence states it.
 *
 * @param status    null for an office MoL never licensed
 * @param bad       whether the nation makes it a bad office on purpose: its workers complain, abscond and are refused
 *                  more
 * @param renewedOn the day MoL sends the licence renewed for {@value #RENEWAL_YEARS} more years, some weeks before it
 *                  runs out; null when it is not renewed within the span
 */
public record Office(String licenceNo, MolNames.Name name, String governorate, LicenceStatus status,
                     LocalDate validFrom, LocalDate validUntil, int annualQuota, boolean bad, LocalDate renewedOn) {
    static final int RENEWAL_YEARS = 3;

    /** An office MoL never licensed, known only by the number a request gives it: never ACTIVE. */
    static Office unlicensed(String licenceNo, MolNames.Name name, String governorate) {
        return new Office(licenceNo, name, governorate, null, null, null, 0, false, null);
    }

    /** Whether a request naming it on that day is lawful (policy.md, Time). */
    public boolean isActiveOn(LocalDate day) {
        return status == LicenceStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(lastValidDay());
    }

    /** The licence as renewed: the same licence years, {@value #RENEWAL_YEARS} more of them. */
    public Office renewed() {
        return new Office(licenceNo, name, governorate, status, validFrom, lastValidDay(), annualQuota, bad, renewedOn);
    }

    private LocalDate lastValidDay() {
        return renewedOn == null ? validUntil : validUntil.plusYears(RENEWAL_YEARS);
    }
}
