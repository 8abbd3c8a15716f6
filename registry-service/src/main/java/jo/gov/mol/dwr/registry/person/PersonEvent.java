package jo.gov.mol.dwr.registry.person;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a person's history: who changed what about them, when and why. Never changed once written. */
@Entity
@Table(name = "person_event")
class PersonEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_event_seq")
    @SequenceGenerator(name = "person_event_seq", sequenceName = "person_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "change_kind", length = 14, nullable = false, updatable = false)
    private PersonChange change;

    @Column(name = "other_person_id", updatable = false)
    private Long otherPersonId;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "review_id", updatable = false)
    private Long reviewId;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 2000, updatable = false)
    private String note;

    protected PersonEvent() {
    }

    static PersonEvent of(long personId, PersonChange change, Long otherPersonId, Long recordId, Long reviewId,
                          String actor, String note, Instant at) {
        PersonEvent event = new PersonEvent();
        event.personId = personId;
        event.change = change;
        event.otherPersonId = otherPersonId;
        event.recordId = recordId;
        event.reviewId = reviewId;
        event.actor = actor;
        event.note = note;
        event.occurredAt = at;
        return event;
    }

    PersonHistoryEntry entry() {
        return new PersonHistoryEntry(id, personId, change, otherPersonId, recordId, reviewId, actor, occurredAt, note);
    }

    Long id() {
        return id;
    }

    long personId() {
        return personId;
    }

    PersonChange change() {
        return change;
    }

    Long otherPersonId() {
        return otherPersonId;
    }

    Long recordId() {
        return recordId;
    }

    Long reviewId() {
        return reviewId;
    }
}
