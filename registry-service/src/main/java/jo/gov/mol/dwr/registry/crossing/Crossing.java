package jo.gov.mol.dwr.registry.crossing;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jo.gov.mol.dwr.mappings.canonical.BorderCrossed;
import jo.gov.mol.dwr.mappings.canonical.CrossingPoint;
import jo.gov.mol.dwr.mappings.canonical.Direction;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.worker.Passport;

/**
 * A border crossing as the border reported it, kept once (its event id is unique; the real-time message and the
 * nightly-file row share it), against the worker who crossed. A crossing is a fact, never changed: it has no
 * versions. The approval it names ({@code visaRef}) is linked when the registry knew it as the crossing arrived,
 * and is otherwise found by its number when asked.
 */
@Entity
@Table(name = "border_crossing")
class Crossing {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "border_crossing_seq")
    @SequenceGenerator(name = "border_crossing_seq", sequenceName = "border_crossing_seq", allocationSize = 50)
    private Long id;

    /** The border's own id of the crossing (not the registry's event id of the message, in {@link #source}). */
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "crossing_id", length = 36, nullable = false, unique = true, updatable = false)
    private UUID crossingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "crossing_point", length = 3, nullable = false, updatable = false)
    private CrossingPoint crossingPoint;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "direction", length = 5, nullable = false, updatable = false)
    private Direction direction;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "mrz_line1", length = 44, nullable = false, updatable = false)
    private String mrzLine1;

    @Column(name = "mrz_line2", length = 44, nullable = false, updatable = false)
    private String mrzLine2;

    /** The passport the zone gives, as read. */
    @Embedded
    private Passport passport;

    /** The traveller's nationality as the zone gives it (it may differ from the issuing state). */
    @Column(name = "nationality", length = 3, updatable = false)
    private String nationality;

    @Column(name = "worker_id", nullable = false, updatable = false)
    private long workerId;

    /** The MoI approval number the traveller entered on; null for exits and travellers without one. */
    @Column(name = "visa_ref", length = 19, updatable = false)
    private String visaRef;

    /** The request of the approval {@link #visaRef} names, when the registry knew the approval at the crossing. */
    @Column(name = "approval_request_no", length = 19, updatable = false)
    private String approvalRequestNo;

    /** The message that reported the crossing. */
    @Embedded
    private Provenance source;

    protected Crossing() {
    }

    /**
     * @param approvalRequestNo the request of the approval the crossing's visa ref names, null when not known yet
     */
    static Crossing of(BorderCrossed fact, long workerId, String approvalRequestNo, Provenance source) {
        Crossing crossing = new Crossing();
        crossing.crossingId = fact.eventId();
        crossing.crossingPoint = fact.crossingPoint();
        crossing.direction = fact.direction();
        crossing.occurredAt = fact.occurredAt();
        crossing.mrzLine1 = fact.mrzLine1();
        crossing.mrzLine2 = fact.mrzLine2();
        crossing.passport = Passport.of(fact.traveller().passport());
        crossing.nationality = fact.traveller().nationality().value();
        crossing.workerId = workerId;
        crossing.visaRef = fact.visaRef() == null ? null : fact.visaRef().value();
        crossing.approvalRequestNo = approvalRequestNo;
        crossing.source = source;
        return crossing;
    }

    UUID crossingId() {
        return crossingId;
    }

    CrossingPoint crossingPoint() {
        return crossingPoint;
    }

    Direction direction() {
        return direction;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String mrzLine1() {
        return mrzLine1;
    }

    String mrzLine2() {
        return mrzLine2;
    }

    Passport passport() {
        return passport;
    }

    /** The zone's nationality; the issuing state for a crossing kept before the registry kept nationalities. */
    String nationality() {
        return nationality == null ? passport.issuingState() : nationality;
    }

    long workerId() {
        return workerId;
    }

    String visaRef() {
        return visaRef;
    }

    String approvalRequestNo() {
        return approvalRequestNo;
    }

    Provenance source() {
        return source;
    }
}
