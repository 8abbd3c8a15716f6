package jo.gov.mol.dwr.registry.worker;

import java.util.UUID;

/**
 * An accepted record that names a person only by passport and whose worker the registry does not know yet.
 *
 * @param kind        what the record is ({@code WORK_PERMIT}, {@code COMPLAINT}, ...)
 * @param reference   its business id
 * @param passportKey the issuing state and folded passport number it waits for
 * @param eventId     the source message of its current version
 */
public record UnmatchedRecord(String kind, String reference, String passportKey, UUID eventId) {
}
