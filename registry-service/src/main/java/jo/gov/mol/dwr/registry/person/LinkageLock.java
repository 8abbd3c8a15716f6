package jo.gov.mol.dwr.registry.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row per blocking key, locked by whoever links a record with that key (see {@link LinkageLocks}). */
@Entity
@Table(name = "linkage_lock")
class LinkageLock {
    @Id
    @Column(name = "lock_key", length = 60)
    private String key;

    protected LinkageLock() {
    }

    String key() {
        return key;
    }
}
