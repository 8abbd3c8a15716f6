package jo.gov.mol.dwr.registry.notice;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;

/**
 * A notice the registry decided is due, as it is handed to the hub: its JSON, the source message whose applying
 * made it due (if a message did), and when it was last published to the hub's queue (never, while it waits). Its id is the notice's
 * own, derived from the fact it reports, so that one fact is one row however often it is recorded.
 */
@Entity
@Table(name = "notice_due")
class Notice implements Persistable<UUID> {
    static final int MAX_JSON = 1024 * 1024;

    @Id
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "notice_id", length = 36)
    private UUID noticeId;

    @Column(name = "notice_type", length = 60, nullable = false)
    private String type;

    @Column(name = "reference", length = 100, nullable = false)
    private String reference;

    @Column(name = "notice_json", length = Notice.MAX_JSON, nullable = false)
    private String json;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    /** Null when a person's decision made it due (a class coming into force), not a source message. */
    @Column(name = "event_id", length = 36)
    private UUID eventId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Transient
    private boolean kept;

    protected Notice() {
    }

    static Notice due(NoticeDue notice, UUID eventId, Instant at) {
        Notice due = new Notice();
        due.noticeId = notice.noticeId();
        due.type = notice.getClass().getSimpleName();
        due.reference = notice.reference();
        due.json = EventCodec.toJson(notice);
        due.eventId = eventId;
        due.dueAt = at;
        return due;
    }

    UUID noticeId() {
        return noticeId;
    }

    String type() {
        return type;
    }

    String reference() {
        return reference;
    }

    String json() {
        return json;
    }

    @Override
    public UUID getId() {
        return noticeId;
    }

    /** Always inserted, never merged: a notice recorded twice must meet its primary key, not overwrite it. */
    @Override
    public boolean isNew() {
        return !kept;
    }

    @PostLoad
    @PostPersist
    void markKept() {
        kept = true;
    }
}
