package jo.gov.mol.dwr.registry.person;

import java.time.Instant;

/**
 * One change to a person: who ({@code actor}), when, what ({@code change}, with the other person, the record and
 * the review item it concerns, where any) and why ({@code note}).
 */
public record PersonHistoryEntry(long id, long personId, PersonChange change, Long otherPersonId, Long recordId,
                                 Long reviewId, String actor, Instant occurredAt, String note) {
}
