package jo.gov.mol.dwr.registry.transfer;

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

/** One version of a transfer, as MoL sent it; every version is kept. */
@Entity
@Table(name = "worker_transfer_version")
class TransferVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_version_seq")
    @SequenceGenerator(name = "transfer_version_seq", sequenceName = "transfer_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transfer_id", nullable = false)
    private Transfer transfer;

    @Embedded
    private TransferTerms terms;

    @Embedded
    private Provenance provenance;

    protected TransferVersion() {
    }

    TransferVersion(Transfer transfer, TransferTerms terms, Provenance provenance) {
        this.transfer = transfer;
        this.terms = terms;
        this.provenance = provenance;
    }
}
