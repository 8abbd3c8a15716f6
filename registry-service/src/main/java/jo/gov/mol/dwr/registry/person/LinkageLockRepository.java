package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface LinkageLockRepository extends JpaRepository<LinkageLock, String> {

    @Query("select l.key from LinkageLock l where l.key in :keys")
    List<String> existing(Collection<String> keys);

    @Modifying
    @Query(value = "insert into linkage_lock (lock_key) values (:key)", nativeQuery = true)
    void insert(String key);

    /** Locks the rows in key order, so that two linkers wanting overlapping keys queue rather than deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from LinkageLock l where l.key in :keys order by l.key")
    List<LinkageLock> lock(Collection<String> keys);
}
