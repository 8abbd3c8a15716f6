package jo.gov.mol.dwr.registry.embassy;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * An attestation or welfare case, named by its embassy, kind and reference: what its current version says, the
 * latest by {@link Provenance#supersedes} whatever order the versions arrive in, and every version as its history.
 * The hub gives a PHL record's {@code occurredAt} as its sent time and a file record's arrival as both times, so
 * this is interfaces.md's "latest by occurredAt (PHL), or arrival (LKA and CSV files); a tie goes to the later
 * arrival".
 */
@Entity
@Table(name = "embassy_record", uniqueConstraints = @UniqueConstraint(name = "uq_embassy_record_ref",
        columnNames = {"embassy", "record_kind", "reference"}))
class EmbassyRecord {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "embassy_record_seq")
    @SequenceGenerator(name = "embassy_record_seq", sequenceName = "embassy_record_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "record_kind", length = 12, nullable = false, updatable = false)
    private EmbassyRecordKind kind;

    @Column(name = "embassy", length = 3, nullable = false, updatable = false)
    private String embassy;

    @Column(name = "reference", length = 40, nullable = false, updatable = false)
    private String reference;

    @Embedded
    private EmbassyRecordTerms terms;

    /** The worker the current version's passport is held by. */
    @Column(name = "worker_id", nullable = false)
    private long workerId;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "record", cascade = CascadeType.PERSIST)
    private List<EmbassyRecordVersion> history = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected EmbassyRecord() {
    }

    /** A record of which this is the first version the registry receives. */
    static EmbassyRecord first(EmbassyRecordKind kind, CountryCode embassy, Reference reference,
                               EmbassyRecordTerms terms, long workerId, Provenance provenance) {
        EmbassyRecord record = new EmbassyRecord();
        record.kind = kind;
        record.embassy = embassy.value();
        record.reference = reference.value();
        record.record(terms, workerId, provenance);
        return record;
    }

    /** Keeps a version; it becomes the current one unless a later version is known. */
    void record(EmbassyRecordTerms terms, long workerId, Provenance provenance) {
        history.add(new EmbassyRecordVersion(this, terms, workerId, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.terms = terms;
            this.workerId = workerId;
            this.current = provenance;
        }
    }

    /** The current version of an attestation. */
    AttestationOnRecord attestation() {
        return new AttestationOnRecord(terms.attested(CountryCode.of(embassy), Reference.of(reference)), workerId,
                current.eventId());
    }

    /** The current version of a welfare case. */
    WelfareCaseOnRecord welfareCase() {
        return new WelfareCaseOnRecord(terms.welfareCase(CountryCode.of(embassy), Reference.of(reference)), workerId,
                current.eventId());
    }
}
