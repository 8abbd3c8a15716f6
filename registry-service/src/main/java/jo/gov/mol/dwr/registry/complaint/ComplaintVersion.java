package jo.gov.mol.dwr.registry.complaint;

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

/** One version of a complaint (MoL re-sends a complaint whenever its status changes); every version is kept. */
@Entity
@Table(name = "complaint_version")
class ComplaintVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_version_seq")
    @SequenceGenerator(name = "complaint_version_seq", sequenceName = "complaint_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Embedded
    private ComplaintTerms terms;

    @Embedded
    private Provenance provenance;

    protected ComplaintVersion() {
    }

    ComplaintVersion(Complaint complaint, ComplaintTerms terms, Provenance provenance) {
        this.complaint = complaint;
        this.terms = terms;
        this.provenance = provenance;
    }
}
