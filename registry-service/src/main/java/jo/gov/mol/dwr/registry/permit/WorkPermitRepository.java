package jo.gov.mol.dwr.registry.permit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.WaitingRecords;

interface WorkPermitRepository extends JpaRepository<WorkPermit, Long>, WaitingRecords {

    Optional<WorkPermit> findByPermitNo(String permitNo);

    boolean existsByTermsPassportKeyIn(Collection<String> passportKeys);

    /** Waiting for the worker who holds its passport; since the hub received its first version. */
    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord('WORK_PERMIT', p.permitNo, 'WORKER',
                    p.terms.passport.key, (select min(v.provenance.receivedAt) from WorkPermitVersion v where v.permit = p),
                    p.current.eventId)
            from WorkPermit p
            where not exists (select w from Worker w where w.passport.key = p.terms.passport.key)
            order by p.id""")
    List<UnmatchedRecord> unmatched();

    @Override
    @Query("""
            select count(p) from WorkPermit p
            where not exists (select w from Worker w where w.passport.key = p.terms.passport.key)""")
    long countUnmatched();
}
