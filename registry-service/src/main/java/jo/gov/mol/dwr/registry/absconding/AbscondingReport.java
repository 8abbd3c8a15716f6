package jo.gov.mol.dwr.registry.absconding;

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
 * An employer's report that a worker left them: what its latest-sent version says, and every version. It names
 * the worker only by passport and joins them by passport key.
 */
@Entity
@Table(name = "absconding_report")
class AbscondingReport {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absconding_report_seq")
    @SequenceGenerator(name = "absconding_report_seq", sequenceName = "absconding_report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_ref", length = 40, nullable = false, unique = true)
    private String reportRef;

    @Embedded
    private AbscondingTerms terms;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    private List<AbscondingReportVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AbscondingReport() {
    }

    static AbscondingReport reported(Reference reportId, AbscondingTerms terms, Provenance provenance) {
        AbscondingReport report = new AbscondingReport();
        report.reportRef = reportId.value();
        report.record(terms, provenance);
        return report;
    }

    /** Keeps a version; it becomes the current one unless a later-sent version is known. */
    void record(AbscondingTerms terms, Provenance provenance) {
        versions.add(new AbscondingReportVersion(this, terms, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.terms = terms;
            this.current = provenance;
        }
    }
}
