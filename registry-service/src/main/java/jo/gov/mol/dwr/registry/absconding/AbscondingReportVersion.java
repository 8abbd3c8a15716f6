package jo.gov.mol.dwr.registry.absconding;

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

/** One version of an absconding report, as MoL sent it; every version is kept. */
@Entity
@Table(name = "absconding_report_version")
class AbscondingReportVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "absconding_version_seq")
    @SequenceGenerator(name = "absconding_version_seq", sequenceName = "absconding_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private AbscondingReport report;

    @Embedded
    private AbscondingTerms terms;

    @Embedded
    private Provenance provenance;

    protected AbscondingReportVersion() {
    }

    AbscondingReportVersion(AbscondingReport report, AbscondingTerms terms, Provenance provenance) {
        this.report = report;
        this.terms = terms;
        this.provenance = provenance;
    }
}
