package jo.gov.mol.dwr.registry.transfer;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * A worker's move from one employer to another: what its latest-sent version says, and every version. It names
 * the worker only by passport and joins them by passport key.
 */
@Entity
@Table(name = "worker_transfer")
class Transfer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "worker_transfer_seq")
    @SequenceGenerator(name = "worker_transfer_seq", sequenceName = "worker_transfer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "transfer_ref", length = 40, nullable = false, unique = true)
    private String transferRef;

    @Embedded
    private TransferTerms terms;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "transfer", cascade = CascadeType.PERSIST)
    private List<TransferVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Transfer() {
    }

    static Transfer made(Reference transferId, TransferTerms terms, Provenance provenance) {
        Transfer transfer = new Transfer();
        transfer.transferRef = transferId.value();
        transfer.record(terms, provenance);
        return transfer;
    }

    /** Keeps a version; it becomes the current one unless a later-sent version is known. */
    void record(TransferTerms terms, Provenance provenance) {
        versions.add(new TransferVersion(this, terms, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.terms = terms;
            this.current = provenance;
        }
    }
}
