package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One move of a flag: who (an auditor, or {@value #REGISTRY} for the rules), when, from and to which status, why. */
@Entity
@Table(name = "flag_step")
class FlagStep {
    static final String REGISTRY = "registry";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flag_step_seq")
    @SequenceGenerator(name = "flag_step_seq", sequenceName = "flag_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flag_id", nullable = false)
    private Flag flag;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 12)
    private FlagStatus from;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", length = 12, nullable = false)
    private FlagStatus to;

    @Column(name = "actor", length = 100, nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 2000)
    private String note;

    protected FlagStep() {
    }

    FlagStep(Flag flag, FlagStatus from, FlagStatus to, String actor, Instant occurredAt, String note) {
        this.flag = flag;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }

    FlagView.Step view() {
        return new FlagView.Step(from, to, actor, occurredAt, note);
    }
}
