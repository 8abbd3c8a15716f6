package jo.gov.mol.dwr.registry.recruitment;

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
import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.source.Provenance;

/** A MoL recruitment request: what its latest-sent version says, and every version. */
@Entity
@Table(name = "recruitment_request")
class RecruitmentRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recruitment_request_seq")
    @SequenceGenerator(name = "recruitment_request_seq", sequenceName = "recruitment_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "request_no", length = 19, nullable = false, unique = true)
    private String requestNo;

    @Embedded
    private RequestTerms terms;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    private List<RecruitmentRequestVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RecruitmentRequest() {
    }

    static RecruitmentRequest requested(RequestId requestId, RequestTerms terms, Provenance provenance) {
        RecruitmentRequest request = new RecruitmentRequest();
        request.requestNo = requestId.value();
        request.record(terms, provenance);
        return request;
    }

    /** Keeps a version; it becomes the current one unless a later-sent version is known. */
    void record(RequestTerms terms, Provenance provenance) {
        versions.add(new RecruitmentRequestVersion(this, terms, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.terms = terms;
            this.current = provenance;
        }
    }
}
