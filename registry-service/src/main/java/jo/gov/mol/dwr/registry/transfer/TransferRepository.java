package jo.gov.mol.dwr.registry.transfer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.worker.UnmatchedRecord;
import jo.gov.mol.dwr.registry.worker.WaitingForWorker;

interface TransferRepository extends JpaRepository<Transfer, Long>, WaitingForWorker {

    Optional<Transfer> findByTransferRef(String transferRef);

    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.worker.UnmatchedRecord('TRANSFER', t.transferRef, t.terms.passport.key,
                                                                      t.current.eventId)
            from Transfer t
            where not exists (select w from Worker w where w.passport.key = t.terms.passport.key)
            order by t.id""")
    List<UnmatchedRecord> unmatched();

    @Override
    @Query("""
            select count(t) from Transfer t
            where not exists (select w from Worker w where w.passport.key = t.terms.passport.key)""")
    long countUnmatched();
}
