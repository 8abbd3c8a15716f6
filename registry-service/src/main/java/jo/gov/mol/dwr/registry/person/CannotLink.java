package jo.gov.mol.dwr.registry.person;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A person decided that two persons are different people (a rejected review, a split): linkage never puts a record
 * of one on the other, and neither can be merged into the other, until it is withdrawn (a split undone). Kept
 * between the persons as they were then; it holds for whatever they are merged into later.
 */
@Entity
@Table(name = "person_cannot_link")
class CannotLink {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_cannot_link_seq")
    @SequenceGenerator(name = "person_cannot_link_seq", sequenceName = "person_cannot_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "other_person_id", nullable = false, updatable = false)
    private long otherPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    protected CannotLink() {
    }

    static CannotLink between(long personId, long otherPersonId, String by, Instant at) {
        CannotLink cannotLink = new CannotLink();
        cannotLink.personId = personId;
        cannotLink.otherPersonId = otherPersonId;
        cannotLink.createdBy = by;
        cannotLink.createdAt = at;
        return cannotLink;
    }

    void withdraw(String by, Instant at) {
        withdrawnBy = by;
        withdrawnAt = at;
    }

    long personId() {
        return personId;
    }

    long otherPersonId() {
        return otherPersonId;
    }
}
