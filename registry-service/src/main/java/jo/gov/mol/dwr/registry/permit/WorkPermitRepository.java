package jo.gov.mol.dwr.registry.permit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.worker.UnmatchedRecord;
import jo.gov.mol.dwr.registry.worker.WaitingForWorker;

interface WorkPermitRepository extends JpaRepository<WorkPermit, Long>, WaitingForWorker {

    Optional<WorkPermit> findByPermitNo(String permitNo);

    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.worker.UnmatchedRecord('WORK_PERMIT', p.permitNo, p.terms.passport.key,
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
