package jo.gov.mol.dwr.registry.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * A recruitment office: its licence as the latest version sent says (the current name, governorate, status,
 * validity and quota), and the history of every version.
 */
@Entity
@Table(name = "office")
class Office {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "office_seq")
    @SequenceGenerator(name = "office_seq", sequenceName = "office_seq", allocationSize = 50)
    private Long id;

    @Column(name = "licence_no", length = 7, nullable = false, unique = true)
    private String licenceNo;

    @Embedded
    private LicenceTerms licence;

    /** The message of the current version. */
    @Embedded
    private Provenance current;

    @OneToMany(mappedBy = "office", cascade = CascadeType.PERSIST)
    private List<OfficeLicence> history = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Office() {
    }

    static Office licensed(LicenceNo licenceNo, LicenceTerms licence, Provenance provenance) {
        Office office = new Office();
        office.licenceNo = licenceNo.value();
        office.record(licence, provenance);
        return office;
    }

    String licenceNo() {
        return licenceNo;
    }

    /**
     * The licence as it stood on a date (policy.md, "Time"): the version in force that day is the latest by sending
     * whose Amman sending date is on or before it, the first version known counting from its {@code ValidFrom}.
     */
    Optional<LicenceOnDate> on(LocalDate date) {
        List<OfficeLicence> bySending = history.stream().sorted(OfficeLicence.BY_SENDING).toList();
        OfficeLicence first = bySending.get(0);
        OfficeLicence inForce = null;
        for (OfficeLicence version : bySending) {
            LocalDate from = version == first ? version.terms().validFrom() : version.effectiveOn();
            if (!from.isAfter(date)) {
                inForce = version;
            }
        }
        return Optional.ofNullable(inForce).map(version -> version.standingOn(licenceNo, date));
    }

    /** Keeps a version of the licence; it becomes the current one unless a later-sent version is known. */
    void record(LicenceTerms licence, Provenance provenance) {
        history.add(new OfficeLicence(this, licence, provenance));
        if (current == null || provenance.supersedes(current)) {
            this.licence = licence;
            this.current = provenance;
        }
    }
}
