package jo.gov.mol.dwr.registry.embassy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * One version of an embassy record (a record re-sent, or re-exported changed, under a new message); every version is
 * kept, with the worker its passport was held by when it arrived.
 */
@Entity
@Table(name = "embassy_record_version")
class EmbassyRecordVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "embassy_record_version_seq")
    @SequenceGenerator(name = "embassy_record_version_seq", sequenceName = "embassy_record_version_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "embassy_record_id", nullable = false)
    private EmbassyRecord record;

    @Embedded
    private EmbassyRecordTerms terms;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Embedded
    private Provenance provenance;

    protected EmbassyRecordVersion() {
    }

    EmbassyRecordVersion(EmbassyRecord record, EmbassyRecordTerms terms, long workerId, Provenance provenance) {
        this.record = record;
        this.terms = terms;
        this.workerId = workerId;
        this.provenance = provenance;
    }
}
