package jo.gov.mol.dwr.registry.classification;

import java.time.LocalDate;

/**
 * A fact about a worker that one of the metrics counts (a complaint, a welfare case, an absconding report, an
 * attestation), as it is attributed to an office.
 *
 * @param namedOffice the office named on it; null when it names none
 * @param on          its own Amman date
 * @param counts      whether it counts toward the metric's count (a REFUSED attestation) or only its denominator
 */
record OfficeEvent(String namedOffice, String passportKey, LocalDate on, boolean counts) {
}
