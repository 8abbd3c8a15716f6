package jo.gov.mol.dwr.registry.office;

import java.time.LocalDate;
import java.util.Comparator;

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

    /** Oldest first by the sender's time, a tie going to the later arrival (as {@code Provenance.supersedes}). */
    static final Comparator<OfficeLicence> BY_SENDING = Comparator
            .comparing((OfficeLicence version) -> version.provenance.sentAt())
            .thenComparing(version -> version.provenance.receivedAt());

    protected OfficeLicence() {
    }

    OfficeLicence(Office office, LicenceTerms terms, Provenance provenance) {
        this.office = office;
        this.terms = terms;
        this.provenance = provenance;
        this.effectiveOn = provenance.effectiveOn();
    }

    LicenceTerms terms() {
        return terms;
    }

    LocalDate effectiveOn() {
        return effectiveOn;
    }

    LicenceOnDate standingOn(String licenceNo, LocalDate date) {
        return new LicenceOnDate(licenceNo, date, terms.status(), terms.validFrom(), terms.validUntil(),
                terms.annualQuota(), provenance.eventId());
    }
}
