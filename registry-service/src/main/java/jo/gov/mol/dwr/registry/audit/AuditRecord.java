package jo.gov.mol.dwr.registry.audit;

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

/** One read through the API: who, with which roles, did what to which resource, when, and the status answered. */
@Entity
@Table(name = "audit_record")
class AuditRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "roles", length = 100, nullable = false, updatable = false)
    private String roles;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "audit_action", length = 30, nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "resource_path", length = 2000, nullable = false, updatable = false)
    private String resource;

    @Column(name = "outcome", nullable = false, updatable = false)
    private int outcome;

    protected AuditRecord() {
    }

    static AuditRecord of(Instant at, String actor, String roles, AuditAction action, String resource, int outcome) {
        AuditRecord record = new AuditRecord();
        record.recordedAt = at;
        record.actor = actor;
        record.roles = roles;
        record.action = action;
        record.resource = resource;
        record.outcome = outcome;
        return record;
    }

    AuditEntry entry() {
        return new AuditEntry(id, recordedAt, actor, roles, action, resource, outcome);
    }
}
