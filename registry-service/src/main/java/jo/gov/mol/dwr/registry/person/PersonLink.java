package jo.gov.mol.dwr.registry.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jo.gov.mol.dwr.registry.linkage.Decision;
import jo.gov.mol.dwr.registry.linkage.FieldWeight;
import jo.gov.mol.dwr.registry.linkage.LinkOutcome;
import jo.gov.mol.dwr.registry.linkage.PersonScore;
import jo.gov.mol.dwr.registry.linkage.Thresholds;

/**
 * One decision that put a record on a person, with what it rested on: the engine's decision and basis, the best
 * candidate's total and per-field weights (against which of its records), the thresholds and the weights' version;
 * or the person who split it off. A record's links are its history: a split ends the current one and starts another.
 */
@Entity
@Table(name = "person_link")
class PersonLink {
    /** Who decides the links the engine makes as records arrive. */
    static final String ENGINE = "linkage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_link_seq")
    @SequenceGenerator(name = "person_link_seq", sequenceName = "person_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decision", length = 6, nullable = false, updatable = false)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "basis", length = 24, nullable = false, updatable = false)
    private LinkBasis basis;

    @Column(name = "total_weight", precision = 9, scale = 4, updatable = false)
    private BigDecimal totalWeight;

    @Convert(converter = FieldWeightsJson.class)
    @Column(name = "field_weights", length = 2000, updatable = false)
    private List<FieldWeight> fieldWeights;

    /** The record of the best candidate person the weights were computed against. */
    @Column(name = "compared_record_id", updatable = false)
    private Long comparedRecordId;

    @Column(name = "upper_threshold", precision = 9, scale = 4, nullable = false, updatable = false)
    private BigDecimal upperThreshold;

    @Column(name = "lower_threshold", precision = 9, scale = 4, nullable = false, updatable = false)
    private BigDecimal lowerThreshold;

    @Column(name = "weights_version", length = 40, nullable = false, updatable = false)
    private String weightsVersion;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100, nullable = false, updatable = false)
    private String decidedBy;

    /** When a split replaced this link; null while it is the record's current one. */
    @Column(name = "ended_at")
    private Instant endedAt;

    protected PersonLink() {
    }

    /**
     * The engine's decision for a record just kept, on {@code personId}: the person it linked to, or a new one.
     *
     * @param comparedRecordId the record of {@code outcome.best()} (in the candidates' id space, not the engine's)
     */
    static PersonLink decided(long recordId, long personId, LinkOutcome outcome, Long comparedRecordId,
                              Thresholds thresholds, String weightsVersion, Instant at) {
        PersonLink link = new PersonLink();
        link.recordId = recordId;
        link.personId = personId;
        link.decision = outcome.decision();
        link.basis = LinkBasis.of(outcome.basis());
        outcome.best().map(PersonScore::score).ifPresent(score -> {
            link.totalWeight = Weight.of(score.total());
            link.fieldWeights = score.fields();
            link.comparedRecordId = comparedRecordId;
        });
        link.upperThreshold = Weight.of(thresholds.upper());
        link.lowerThreshold = Weight.of(thresholds.lower());
        link.weightsVersion = weightsVersion;
        link.decidedAt = at;
        link.decidedBy = ENGINE;
        return link;
    }

    /** A person split the record off: it is a new person of its own. */
    static PersonLink split(long recordId, long personId, Thresholds thresholds, String weightsVersion, String by,
                            Instant at) {
        PersonLink link = new PersonLink();
        link.recordId = recordId;
        link.personId = personId;
        link.decision = Decision.NEW;
        link.basis = LinkBasis.SPLIT;
        link.upperThreshold = Weight.of(thresholds.upper());
        link.lowerThreshold = Weight.of(thresholds.lower());
        link.weightsVersion = weightsVersion;
        link.decidedAt = at;
        link.decidedBy = by;
        return link;
    }

    void end(Instant at) {
        endedAt = at;
    }

    LinkExplanation explanation(long survivor) {
        return new LinkExplanation(id, recordId, personId, survivor, decision, basis, totalWeight,
                fieldWeights == null ? List.of() : fieldWeights, Optional.ofNullable(comparedRecordId),
                upperThreshold, lowerThreshold, weightsVersion, decidedAt, decidedBy, Optional.ofNullable(endedAt));
    }

    Long id() {
        return id;
    }

    long recordId() {
        return recordId;
    }

    long personId() {
        return personId;
    }
}
