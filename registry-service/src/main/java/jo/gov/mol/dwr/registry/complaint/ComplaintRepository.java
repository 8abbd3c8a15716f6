package jo.gov.mol.dwr.registry.complaint;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.registry.worker.UnmatchedRecord;
import jo.gov.mol.dwr.registry.worker.WaitingForWorker;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, WaitingForWorker {

    Optional<Complaint> findByComplaintRef(String complaintRef);

    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.worker.UnmatchedRecord('COMPLAINT', c.complaintRef, c.terms.passport.key,
                                                                      c.current.eventId)
            from Complaint c
            where not exists (select w from Worker w where w.passport.key = c.terms.passport.key)
            order by c.id""")
    List<UnmatchedRecord> unmatched();

    @Override
    @Query("""
            select count(c) from Complaint c
            where not exists (select w from Worker w where w.passport.key = c.terms.passport.key)""")
    long countUnmatched();
}
