package jo.gov.mol.dwr.registry.person;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A record the engine could not decide on alone (REVIEW): it waits on a provisional person of its own while a
 * person decides whether it is one of the candidates (confirm: merged) or none of them (reject: never linked).
 */
@Entity
@Table(name = "linkage_review")
class ReviewItem {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "linkage_review_seq")
    @SequenceGenerator(name = "linkage_review_seq", sequenceName = "linkage_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    /** The provisional person the record waits on. */
    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "basis", length = 24, nullable = false, updatable = false)
    private LinkBasis basis;

    @ElementCollection
    @CollectionTable(name = "linkage_review_candidate", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "candidate_rank")
    private List<ReviewCandidate> candidates = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", length = 9, nullable = false)
    private ReviewStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "note", length = 2000)
    private String note;

    /** The candidate a confirmation merged the provisional person into. */
    @Column(name = "chosen_person_id")
    private Long chosenPersonId;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ReviewItem() {
    }

    static ReviewItem opened(long recordId, long personId, LinkBasis basis, List<ReviewCandidate> candidates,
                             Instant at) {
        ReviewItem item = new ReviewItem();
        item.recordId = recordId;
        item.personId = personId;
        item.basis = basis;
        item.candidates.addAll(candidates);
        item.status = ReviewStatus.OPEN;
        item.openedAt = at;
        return item;
    }

    /** The record's person is {@code candidate}: the caller merges them. */
    void confirm(long candidate, String by, String note, Instant at) {
        mustBeOpen();
        if (candidates.stream().noneMatch(proposed -> proposed.personId() == candidate)) {
            throw new PersonChangeRefused(PersonError.NOT_A_CANDIDATE,
                    "person " + candidate + " is not a candidate of review item " + id);
        }
        decide(ReviewStatus.CONFIRMED, by, note, at);
        chosenPersonId = candidate;
    }

    /** The record's person is none of the candidates: the caller records that they cannot link. */
    void reject(String by, String note, Instant at) {
        mustBeOpen();
        decide(ReviewStatus.REJECTED, by, note, at);
    }

    /** The merge a confirmation made was undone: the question is open again. */
    void reopen() {
        status = ReviewStatus.OPEN;
        decidedAt = null;
        decidedBy = null;
        note = null;
        chosenPersonId = null;
    }

    private void decide(ReviewStatus decided, String by, String note, Instant at) {
        this.status = decided;
        this.decidedBy = by;
        this.note = note;
        this.decidedAt = at;
    }

    private void mustBeOpen() {
        if (status != ReviewStatus.OPEN) {
            throw new PersonChangeRefused(PersonError.REVIEW_NOT_OPEN, "review item " + id + " is " + status);
        }
    }

    ReviewItemView view() {
        return new ReviewItemView(id, recordId, personId, basis, List.copyOf(candidates), status, openedAt, decidedAt,
                decidedBy, note, chosenPersonId);
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    List<ReviewCandidate> candidates() {
        return List.copyOf(candidates);
    }

    ReviewStatus status() {
        return status;
    }
}
