package jo.gov.mol.dwr.registry.source;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceMessage;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * The registry's copy of a source message whose event it applied: the raw message and its hash as the hub logged
 * them, and the canonical fact. Its event id is the primary key, so an event is applied once whatever repeats it.
 */
@Entity
@Table(name = "source_message")
class ReceivedMessage implements Persistable<UUID> {
    static final int MAX_RAW = 16 * 1024 * 1024;
    static final int MAX_JSON = 1024 * 1024;

    @Id
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_id", length = 36)
    private UUID eventId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "source_system", length = 20, nullable = false)
    private SourceSystem system;

    @Column(name = "message_id", length = 200, nullable = false)
    private String messageId;

    @Column(name = "reference", length = 100)
    private String reference;

    @Column(name = "log_entry_id", nullable = false)
    private long logEntryId;

    @Column(name = "account", length = 100)
    private String account;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Up to 16 MiB (the hub refuses bodies over 1 MiB): a long binary, not a JPA {@code @Lob} (PostgreSQL oid). */
    @Column(name = "raw_message", length = ReceivedMessage.MAX_RAW, nullable = false)
    private byte[] raw;

    @Column(name = "sha256", length = 64, nullable = false)
    private String sha256;

    @Column(name = "event_type", length = 40, nullable = false)
    private String eventType;

    @Column(name = "canonical_json", length = ReceivedMessage.MAX_JSON, nullable = false)
    private String canonicalJson;

    @Column(name = "business_time")
    private Instant businessTime;

    @Column(name = "ordering_key", length = 120)
    private String orderingKey;

    @Transient
    private boolean kept;

    protected ReceivedMessage() {
    }

    private ReceivedMessage(InboundEvent inbound, String canonicalJson) {
        SourceMessage source = inbound.source();
        this.eventId = inbound.eventId();
        this.system = source.system();
        this.messageId = source.messageId();
        this.reference = source.reference();
        this.logEntryId = source.logEntryId();
        this.account = source.account();
        this.receivedAt = source.receivedAt();
        this.sentAt = source.sentAt();
        this.raw = source.raw().clone();
        this.sha256 = source.sha256();
        this.eventType = inbound.event().getClass().getSimpleName();
        this.canonicalJson = canonicalJson;
        this.businessTime = inbound.event().businessTime();
        this.orderingKey = inbound.event().orderingKey();
    }

    static ReceivedMessage of(InboundEvent inbound, String canonicalJson) {
        return new ReceivedMessage(inbound, canonicalJson);
    }

    Provenance provenance() {
        return new Provenance(eventId, sentAt != null ? sentAt : receivedAt, receivedAt);
    }

    SourceSystem system() {
        return system;
    }

    String messageId() {
        return messageId;
    }

    String reference() {
        return reference;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String sha256() {
        return sha256;
    }

    byte[] raw() {
        return raw.clone();
    }

    @Override
    public UUID getId() {
        return eventId;
    }

    /** Always inserted, never merged: a second copy of an event must fail on the primary key, not overwrite it. */
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
