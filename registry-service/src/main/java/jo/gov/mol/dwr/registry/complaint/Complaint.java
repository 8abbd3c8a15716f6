package jo.gov.mol.dwr.registry.complaint;

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
 * A complaint about a worker's treatment: its current status is that of the latest version by {@code SentAt},
 * whatever order the versions arrive in; every version is kept as its status history. It names the worker only
 * by passport and joins them by passport key.
 */
@Entity
@Table(name = "complaint")
class Complaint {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    @Column(name = "complaint_ref", length = 40, nullable = false, unique = true)
    private String complaintRef;

    @Embedded
    private ComplaintTerms terms;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    private List<ComplaintVersion> history = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Complaint() {
    }

    static Complaint filed(Reference complaintId, ComplaintTerms terms, Provenance provenance) {
        Complaint complaint = new Complaint();
        complaint.complaintRef = complaintId.value();
        complaint.record(terms, provenance);
        return complaint;
    }

    /** Keeps a version; its status becomes the current one unless a later-sent version is known. */
    void record(ComplaintTerms terms, Provenance provenance) {
        history.add(new ComplaintVersion(this, terms, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.terms = terms;
            this.current = provenance;
        }
    }

    ComplaintOnRecord onRecord() {
        return new ComplaintOnRecord(complaintRef, terms.filedOn(), terms.filedBy(), terms.passport().key(),
                terms.officeLicenceNo(), terms.employerNationalId(), terms.category(), terms.status(), current.eventId());
    }
}
