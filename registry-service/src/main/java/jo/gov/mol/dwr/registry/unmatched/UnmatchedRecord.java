package jo.gov.mol.dwr.registry.unmatched;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted record whose subject the registry does not know yet: a record that names a person only by passport
 * and whose worker is unknown, or a MoI decision on a request MoL has not sent yet.
 *
 * @param kind      what the record is: {@code WORK_PERMIT}, {@code COMPLAINT}, {@code ABSCONDING_REPORT},
 *                  {@code TRANSFER}, {@code APPROVAL_DECISION}
 * @param reference its business id (for a decision, the request number)
 * @param waitsFor  what it waits for: {@link #WORKER} or {@link #RECRUITMENT_REQUEST}
 * @param key       the key it will join on: the issuing state and folded passport number, or the request number
 * @param since     since when it waits: when the hub received its first version
 * @param eventId   the source message of its current version
 */
public record UnmatchedRecord(String kind, String reference, String waitsFor, String key, Instant since,
                              UUID eventId) {
    public static final String WORKER = "WORKER";
    public static final String RECRUITMENT_REQUEST = "RECRUITMENT_REQUEST";
}
