package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import jo.gov.mol.dwr.registry.linkage.Decision;
import jo.gov.mol.dwr.registry.linkage.LinkOutcome;
import jo.gov.mol.dwr.registry.linkage.PersonLinkage;
import jo.gov.mol.dwr.registry.linkage.PersonScore;

/**
 * Opens the review item of a record the engine sent to review: the persons worth a reviewer's look are the best one
 * and every other that reaches the lower threshold, a handful at most.
 */
@Component
class ReviewProposals {
    private static final int MOST = 5;

    private final ReviewItemRepository reviews;
    private final PersonLinkage linkage;

    ReviewProposals(ReviewItemRepository reviews, PersonLinkage linkage) {
        this.reviews = reviews;
        this.linkage = linkage;
    }

    void open(long recordId, long provisionalPerson, LinkOutcome outcome, List<KnownRecord> known, Instant at) {
        List<PersonScore> ranked = outcome.ranked();
        List<ReviewCandidate> candidates = ranked.stream()
                .filter(scored -> scored == ranked.get(0)
                        || linkage.thresholds().decide(scored.score().total()) != Decision.NEW)
                .limit(MOST)
                .map(scored -> new ReviewCandidate(Long.parseLong(scored.personId()),
                        PersonLinker.recordOf(scored, known), Weight.of(scored.score().total()),
                        scored.score().fields()))
                .toList();
        reviews.save(ReviewItem.opened(recordId, provisionalPerson, LinkBasis.of(outcome.basis()), candidates, at));
    }
}
