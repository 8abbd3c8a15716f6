package jo.gov.mol.dwr.registry.permit;

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

/** One version of a work permit, as MoL sent it; every version is kept. */
@Entity
@Table(name = "work_permit_version")
class WorkPermitVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_permit_version_seq")
    @SequenceGenerator(name = "work_permit_version_seq", sequenceName = "work_permit_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "permit_id", nullable = false)
    private WorkPermit permit;

    @Embedded
    private PermitTerms terms;

    @Embedded
    private Provenance provenance;

    protected WorkPermitVersion() {
    }

    WorkPermitVersion(WorkPermit permit, PermitTerms terms, Provenance provenance) {
        this.permit = permit;
        this.terms = terms;
        this.provenance = provenance;
    }
}
