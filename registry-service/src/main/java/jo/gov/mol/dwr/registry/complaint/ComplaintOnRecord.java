package jo.gov.mol.dwr.registry.complaint;

import java.time.LocalDate;
import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;

/**
 * A complaint as it stands now (its current version, by {@code SentAt}).
 *
 * @param passportKey the worker's passport (issuing state and folded number)
 * @param eventId     the source message of the current version
 */
public record ComplaintOnRecord(String complaintId, LocalDate filedOn, Complainant filedBy, String passportKey,
                                String officeLicenceNo, String employerNationalId, ComplaintCategory category,
                                ComplaintStatus status, UUID eventId) {
}
