package jo.gov.mol.dwr.registry.absconding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.worker.UnmatchedRecord;
import jo.gov.mol.dwr.registry.worker.WaitingForWorker;

interface AbscondingReportRepository extends JpaRepository<AbscondingReport, Long>, WaitingForWorker {

    Optional<AbscondingReport> findByReportRef(String reportRef);

    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.worker.UnmatchedRecord('ABSCONDING_REPORT', r.reportRef,
                                                                      r.terms.passport.key, r.current.eventId)
            from AbscondingReport r
            where not exists (select w from Worker w where w.passport.key = r.terms.passport.key)
            order by r.id""")
    List<UnmatchedRecord> unmatched();

    @Override
    @Query("""
            select count(r) from AbscondingReport r
            where not exists (select w from Worker w where w.passport.key = r.terms.passport.key)""")
    long countUnmatched();
}
