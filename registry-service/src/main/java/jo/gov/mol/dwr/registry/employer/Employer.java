package jo.gov.mol.dwr.registry.employer;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jo.gov.mol.dwr.registry.source.Provenance;

/** An employer, known by national number; the name and governorate kept are those sent last. */
@Entity
@Table(name = "employer")
class Employer {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employer_seq")
    @SequenceGenerator(name = "employer_seq", sequenceName = "employer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "national_id", length = 10, nullable = false, unique = true)
    private String nationalId;

    @Column(name = "employer_name", length = 200)
    private String name;

    @Column(name = "governorate", length = 100)
    private String governorate;

    /** The message whose description of the employer is kept. */
    @Embedded
    private Provenance describedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Employer() {
    }

    static Employer describedBy(jo.gov.mol.dwr.mappings.canonical.Employer employer, Provenance provenance) {
        Employer created = new Employer();
        created.nationalId = employer.nationalId().value();
        created.take(employer, provenance);
        return created;
    }

    /**
     * Takes the description unless the one kept was sent later. A description that says what the kept one says
     * leaves the row as it is (the message that first said it stays its evidence): the requests of one employer,
     * many of them applied at once by different consumers, then do not collide on its version.
     */
    void describe(jo.gov.mol.dwr.mappings.canonical.Employer employer, Provenance provenance) {
        if (provenance.supersedes(describedBy) && !saysTheSameAs(employer)) {
            take(employer, provenance);
        }
    }

    private boolean saysTheSameAs(jo.gov.mol.dwr.mappings.canonical.Employer employer) {
        return Objects.equals(name, employer.name()) && Objects.equals(governorate, employer.governorate());
    }

    Provenance describedBy() {
        return describedBy;
    }

    private void take(jo.gov.mol.dwr.mappings.canonical.Employer employer, Provenance provenance) {
        this.name = employer.name();
        this.governorate = employer.governorate();
        this.describedBy = provenance;
    }
}
