package jo.gov.mol.dwr.registry.recruitment;

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

/** One version of a recruitment request, as MoL sent it; every version is kept. */
@Entity
@Table(name = "recruitment_request_version")
class RecruitmentRequestVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_version_seq")
    @SequenceGenerator(name = "request_version_seq", sequenceName = "request_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private RecruitmentRequest request;

    @Embedded
    private RequestTerms terms;

    @Embedded
    private Provenance provenance;

    protected RecruitmentRequestVersion() {
    }

    RecruitmentRequestVersion(RecruitmentRequest request, RequestTerms terms, Provenance provenance) {
        this.request = request;
        this.terms = terms;
        this.provenance = provenance;
    }
}
