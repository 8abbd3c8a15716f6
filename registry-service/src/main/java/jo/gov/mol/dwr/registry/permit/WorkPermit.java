package jo.gov.mol.dwr.registry.permit;

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
import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * A work permit: what its latest-sent version says, and every version. It names its worker only by passport, so
 * it joins the worker holding that passport key, or waits for one (it never creates a worker).
 */
@Entity
@Table(name = "work_permit")
class WorkPermit {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_permit_seq")
    @SequenceGenerator(name = "work_permit_seq", sequenceName = "work_permit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "permit_no", length = 15, nullable = false, unique = true)
    private String permitNo;

    @Embedded
    private PermitTerms terms;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "permit", cascade = CascadeType.PERSIST)
    private List<WorkPermitVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected WorkPermit() {
    }

    static WorkPermit issued(PermitNo permitNo, PermitTerms terms, Provenance provenance) {
        WorkPermit permit = new WorkPermit();
        permit.permitNo = permitNo.value();
        permit.record(terms, provenance);
        return permit;
    }

    /** Keeps a version; it becomes the current one unless a later-sent version is known. */
    void record(PermitTerms terms, Provenance provenance) {
        versions.add(new WorkPermitVersion(this, terms, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.terms = terms;
            this.current = provenance;
        }
    }
}
