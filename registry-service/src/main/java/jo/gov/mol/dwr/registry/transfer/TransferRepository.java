package jo.gov.mol.dwr.registry.transfer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.WaitingRecords;

interface TransferRepository extends JpaRepository<Transfer, Long>, WaitingRecords {

    Optional<Transfer> findByTransferRef(String transferRef);

    /** Waiting for the worker who holds its passport; since the hub received its first version. */
    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord('TRANSFER', t.transferRef, 'WORKER',
                    t.terms.passport.key, (select min(v.provenance.receivedAt) from TransferVersion v where v.transfer = t),
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
