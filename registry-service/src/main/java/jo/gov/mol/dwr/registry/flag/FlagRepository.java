package jo.gov.mol.dwr.registry.flag;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FlagRepository extends JpaRepository<Flag, Long>, JpaSpecificationExecutor<Flag> {

    List<Flag> findByFlagKeyIn(Collection<String> keys);

    List<Flag> findByScopeIn(Collection<String> scopes);

    /** Waits for, then holds until the transaction ends, the one row that lets a single sweep run at a time. */
    @Query(value = "select lock_name from flag_sweep_lock where lock_name = 'sweep' for update", nativeQuery = true)
    String lockSweep();

    /** An office's flags raised in a period, by rule, severity and status, for its classification. */
    @Query("""
            select new jo.gov.mol.dwr.registry.flag.FlagCount(f.rule, f.severity, f.status, count(f))
            from Flag f where f.officeLicenceNo = :licenceNo and f.raisedAt >= :from and f.raisedAt < :until
            group by f.rule, f.severity, f.status""")
    List<FlagCount> countForOffice(String licenceNo, Instant from, Instant until);
}
