package jo.gov.mol.dwr.registry.classification;

import java.time.LocalDate;

/**
 * A worker placed by an office: their first entry on an approval for one of its recruitment requests.
 *
 * @param enteredOn the Amman date of that entry
 */
record Placement(String licenceNo, long workerId, String passportKey, LocalDate enteredOn) {
}
