package jo.gov.mol.dwr.registry.person;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registry person: no two systems share a person id, so the registry gives its own. A person merged into another
 * keeps its row and its links; readers resolve it to the survivor, and undoing the merge only clears the pointer.
 */
@Entity
@Table(name = "person")
class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Person() {
    }

    static Person createdAt(Instant at) {
        Person person = new Person();
        person.createdAt = at;
        return person;
    }

    void mergeInto(long survivor) {
        if (mergedInto != null) {
            throw new PersonChangeRefused(PersonError.ALREADY_MERGED, "person " + id + " is merged into " + mergedInto);
        }
        mergedInto = survivor;
    }

    void separate() {
        if (mergedInto == null) {
            throw new PersonChangeRefused(PersonError.NOT_MERGED, "person " + id + " is merged into nobody");
        }
        mergedInto = null;
    }

    Long id() {
        return id;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long mergedInto() {
        return mergedInto;
    }
}
