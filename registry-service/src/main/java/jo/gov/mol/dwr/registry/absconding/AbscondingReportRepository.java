package jo.gov.mol.dwr.registry.absconding;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.WaitingRecords;

interface AbscondingReportRepository extends JpaRepository<AbscondingReport, Long>, WaitingRecords {

    Optional<AbscondingReport> findByReportRef(String reportRef);

    /** Waiting for the worker who holds its passport; since the hub received its first version. */
    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord('ABSCONDING_REPORT', r.reportRef, 'WORKER',
                    r.terms.passport.key, (select min(v.provenance.receivedAt) from AbscondingReportVersion v where v.report = r),
                    r.current.eventId)
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
