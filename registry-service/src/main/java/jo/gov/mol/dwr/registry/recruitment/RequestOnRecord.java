package jo.gov.mol.dwr.registry.recruitment;

import java.time.Instant;
import java.util.UUID;

/**
 * A recruitment request as it stands now (its current version).
 *
 * @param eventId the source message of the current version
 */
public record RequestOnRecord(String requestId, String officeLicenceNo, Instant requestedAt, UUID eventId) {
}
