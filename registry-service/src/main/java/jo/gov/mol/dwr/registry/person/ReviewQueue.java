package jo.gov.mol.dwr.registry.person;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records linkage could not decide on alone, for a person to decide: confirm (the record's provisional person
 * and the candidate are one, so they are merged) or reject (the record's person is none of the candidates, and
 * linkage never links them).
 */
@Component
public class ReviewQueue {
    private final ReviewItemRepository reviews;
    private final PersonChanges changes;
    private final Survivors survivors;
    private final Clock clock = Clock.systemUTC();

    ReviewQueue(ReviewItemRepository reviews, PersonChanges changes, Survivors survivors) {
        this.reviews = reviews;
        this.changes = changes;
        this.survivors = survivors;
    }

    /** The open items, oldest first, each with its candidates and their scores. */
    @Transactional(readOnly = true)
    public Page<ReviewItemView> open(Pageable page) {
        return reviews.findByStatusOrderByOpenedAtAscIdAsc(ReviewStatus.OPEN, page).map(ReviewItem::view);
    }

    @Transactional(readOnly = true)
    public Optional<ReviewItemView> item(long itemId) {
        return reviews.findById(itemId).map(ReviewItem::view);
    }

    /** The item opened for a record, if it went to review. */
    @Transactional(readOnly = true)
    public Optional<ReviewItemView> itemOfRecord(long recordId) {
        return reviews.findByRecordId(recordId).map(ReviewItem::view);
    }

    /**
     * Whether an open item asks if these two persons are one (policy.md: a pair still in linkage review), read
     * through merges.
     */
    @Transactional(readOnly = true)
    public boolean inReview(long person, long other) {
        long one = survivors.of(person);
        long two = survivors.of(other);
        Set<Long> members = survivors.membersOf(one);
        members.addAll(survivors.membersOf(two));
        return reviews.findByPersonIdInAndStatus(members, ReviewStatus.OPEN).stream().anyMatch(item -> {
            long provisional = survivors.of(item.personId());
            Set<Long> proposed = item.candidates().stream().map(candidate -> survivors.of(candidate.personId()))
                    .collect(Collectors.toSet());
            return provisional == one && proposed.contains(two) || provisional == two && proposed.contains(one);
        });
    }

    /** Confirms the item's best candidate. */
    @Transactional
    public ReviewItemView confirm(long itemId, String auditor, String note) {
        ReviewItem item = find(itemId);
        return confirm(item, item.candidates().get(0).personId(), auditor, note);
    }

    /** Confirms one of the item's candidates: the record's provisional person is merged into them. */
    @Transactional
    public ReviewItemView confirm(long itemId, long candidatePerson, String auditor, String note) {
        return confirm(find(itemId), candidatePerson, auditor, note);
    }

    /** The record's person is none of the candidates: recorded as cannot-link with each. */
    @Transactional
    public ReviewItemView reject(long itemId, String auditor, String note) {
        ReviewItem item = find(itemId);
        item.reject(auditor, note, now());
        changes.recordApart(item.personId(),
                item.candidates().stream().map(ReviewCandidate::personId).collect(Collectors.toSet()),
                item.id(), auditor, note);
        return item.view();
    }

    private ReviewItemView confirm(ReviewItem item, long candidatePerson, String auditor, String note) {
        item.confirm(candidatePerson, auditor, note, now());
        changes.merge(item.personId(), candidatePerson, PersonChange.MERGED, item.id(), auditor, note);
        return item.view();
    }

    private ReviewItem find(long itemId) {
        return reviews.findById(itemId).orElseThrow(
                () -> new PersonChangeRefused(PersonError.NOT_FOUND, "no review item " + itemId));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
