package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.util.UUID;

/**
 * A record linked to a person: which source record it is ({@code eventId} names its source message), the passport
 * identity it named, and its current link ({@code linkId}, explained by {@link Persons#link}).
 *
 * @param personId the person its current link names (a member of the person asked for)
 */
public record PersonRecordView(long recordId, UUID eventId, RecordKind kind, String reference, long workerId,
                               long personId, long linkId, Instant receivedAt) {
}
