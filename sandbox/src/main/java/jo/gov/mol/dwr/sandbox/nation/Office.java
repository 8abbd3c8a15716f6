package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * A licensed recruitment office as MoL's licence states it.
 *
 * @param status null for an office MoL never licensed
 * @param bad whether the nation makes it a bad office on purpose: its workers complain, abscond and are refused more
 */
public record Office(String licenceNo, MolNames.Name name, String governorate, LicenceStatus status,
                     LocalDate validFrom, LocalDate validUntil, int annualQuota, boolean bad) {

    /** An office MoL never licensed, known only by the number a request gives it: never ACTIVE. */
    static Office unlicensed(String licenceNo, MolNames.Name name, String governorate) {
        return new Office(licenceNo, name, governorate, null, null, null, 0, false);
    }

    /** Whether a request naming it on that day is lawful (policy.md, Time). */
    public boolean isActiveOn(LocalDate day) {
        return status == LicenceStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
