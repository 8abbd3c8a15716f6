package jo.gov.mol.dwr.sandbox.nation;

import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.sandbox.mol.MolNames;

/**
 * A licensed recruitment office as MoL's licence states it.
 *
 * @param bad whether the nation makes it a bad office on purpose: its workers complain, abscond and are refused more
 */
public record Office(String licenceNo, MolNames.Name name, String governorate, LicenceStatus status,
                     LocalDate validFrom, LocalDate validUntil, int annualQuota, boolean bad) {

    /** Whether a request naming it on that day is lawful (policy.md, Time). */
    public boolean isActiveOn(LocalDate day) {
        return status == LicenceStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
