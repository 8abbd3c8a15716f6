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
 * A domestic worker, known for now by one passport (issuing state and folded number). Only a recruitment request
 * creates or describes a worker; the description kept is the one sent last.
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

    /** The message whose description of the worker is kept. */
    @Embedded
    private Provenance describedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Worker() {
    }

    static Worker identifiedBy(WorkerIdentity identity, Provenance provenance) {
        Worker worker = new Worker();
        worker.take(identity, provenance);
        return worker;
    }

    /** Takes the description unless the one kept was sent later. */
    void describe(WorkerIdentity identity, Provenance provenance) {
        if (provenance.supersedes(describedBy)) {
            take(identity, provenance);
        }
    }

    private void take(WorkerIdentity identity, Provenance provenance) {
        this.passport = Passport.of(identity.passport());
        this.nationality = identity.nationality().value();
        this.nameLatin = identity.nameLatin();
        this.nameArabic = identity.nameArabic();
        this.birthDate = identity.birthDate();
        this.sex = identity.sex();
        this.describedBy = provenance;
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
}
