package jo.gov.mol.dwr.registry.office;

import java.time.LocalDate;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;

/**
 * An office's licence as it stood on a date: the version in force that day.
 *
 * @param eventId the source message of that version (evidence)
 */
public record LicenceOnDate(String licenceNo, LocalDate date, LicenceStatus status, LocalDate validFrom,
                            LocalDate validUntil, int annualQuota, UUID eventId) {

    /** ACTIVE on the date (policy.md): the version says ACTIVE and the date lies within its validity, both ends. */
    public boolean active() {
        return status == LicenceStatus.ACTIVE && !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
