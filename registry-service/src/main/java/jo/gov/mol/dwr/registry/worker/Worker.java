package jo.gov.mol.dwr.registry.worker;

import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * A domestic worker's passport identity: one row per issuing state and folded passport number, linked to the
 * registry person who holds it (a renewed passport is another worker of the same person). A recruitment request creates
 * or describes a worker; the description kept is the one sent last. A border crossing or an embassy's record of a
 * passport no worker holds creates one from what it says (the passport's machine readable zone, the embassy's
 * record), a stand-in any recruitment request replaces (the zone's names are truncated, an embassy writes names in
 * its own order, and neither has the Arabic name); neither ever describes a worker who exists.
 */
@Entity
@Table(name = "worker")
class Worker {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "worker_seq")
    @SequenceGenerator(name = "worker_seq", sequenceName = "worker_seq", allocationSize = 50)
    private Long id;

    @Embedded
    private Passport passport;

    @Column(name = "nationality", length = 3, nullable = false)
    private String nationality;

    @Column(name = "name_latin", length = 200)
    private String nameLatin;

    @Column(name = "name_arabic", length = 200)
    private String nameArabic;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sex", length = 1)
    private Sex sex;

    /**
     * The registry person this passport belongs to, as linkage decided when a record carrying a name and a birth
     * date first named it; null for a worker kept before persons existed, until its next such record.
     */
    @Column(name = "person_id")
    private Long personId;

    /** Where the description kept comes from. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "identity_source", length = 20, nullable = false)
    private IdentitySource identitySource;

    /** The message whose description of the worker is kept. */
    @Embedded
    private Provenance describedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Worker() {
    }

    /** A worker as a record that carries a name and a birth date describes them. */
    static Worker identifiedBy(WorkerIdentity identity, IdentitySource source, Provenance provenance) {
        Worker worker = new Worker();
        worker.take(identity, source, provenance);
        return worker;
    }

    /**
     * Takes a recruitment request's description unless the one kept is a request's sent later; a stand-in
     * description (read from the passport at the border, or from an embassy's record) always gives way to a request's.
     */
    void describe(WorkerIdentity identity, Provenance provenance) {
        if (identitySource != IdentitySource.RECRUITMENT_REQUEST || provenance.supersedes(describedBy)) {
            take(identity, IdentitySource.RECRUITMENT_REQUEST, provenance);
        }
    }

    private void take(WorkerIdentity identity, IdentitySource source, Provenance provenance) {
        this.passport = Passport.of(identity.passport());
        this.nationality = identity.nationality().value();
        this.nameLatin = identity.nameLatin();
        this.nameArabic = identity.nameArabic();
        this.birthDate = identity.birthDate();
        this.sex = identity.sex();
        this.identitySource = source;
        this.describedBy = provenance;
    }

    /** Takes the person linkage found for a record of this passport, unless the passport already has one. */
    void belongTo(long person) {
        if (personId == null) {
            personId = person;
        }
    }

    /** The passport turned out to be another person's (a split): a person's own history records why. */
    void moveTo(long person) {
        personId = person;
    }

    Long personId() {
        return personId;
    }

    Long id() {
        return id;
    }

    Passport passport() {
        return passport;
    }

    String nationality() {
        return nationality;
    }

    String nameLatin() {
        return nameLatin;
    }

    String nameArabic() {
        return nameArabic;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    Sex sex() {
        return sex;
    }

    IdentitySource identitySource() {
        return identitySource;
    }
}
