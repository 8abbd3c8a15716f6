package jo.gov.mol.dwr.registry.office;

import java.time.LocalDate;

import jakarta.persistence.Column;
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

/**
 * One version of an office's licence, as MoL sent it; every version is kept. It takes effect on the Amman date of
 * its {@code SentAt} (policy.md, "Time").
 */
@Entity
@Table(name = "office_licence")
class OfficeLicence {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_licence_seq")
    @SequenceGenerator(name = "office_licence_seq", sequenceName = "office_licence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_id", nullable = false)
    private Office office;

    @Embedded
    private LicenceTerms terms;

    @Embedded
    private Provenance provenance;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    protected OfficeLicence() {
    }

    OfficeLicence(Office office, LicenceTerms terms, Provenance provenance) {
        this.office = office;
        this.terms = terms;
        this.provenance = provenance;
        this.effectiveOn = provenance.effectiveOn();
    }
}
