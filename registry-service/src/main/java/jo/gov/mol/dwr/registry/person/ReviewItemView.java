package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.util.List;

/**
 * A linkage review item as the review queue shows it.
 *
 * @param recordId       the record the engine could not decide on
 * @param personId       the provisional person it waits on
 * @param candidates     the persons proposed, best first, each with its score
 * @param chosenPersonId the candidate a confirmation merged the provisional person into
 */
public record ReviewItemView(long id, long recordId, long personId, LinkBasis basis, List<ReviewCandidate> candidates,
                             ReviewStatus status, Instant openedAt, Instant decidedAt, String decidedBy, String note,
                             Long chosenPersonId) {
}
