package jo.gov.mol.dwr.registry.complaint;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;

import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.WaitingRecords;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, WaitingRecords {

    Optional<Complaint> findByComplaintRef(String complaintRef);

    @Query("""
            select c from Complaint c
            where c.terms.employerNationalId = :employer and c.terms.status = :status and c.terms.category in :categories
            order by c.terms.filedOn, c.id""")
    List<Complaint> findCurrent(String employer, ComplaintStatus status, Collection<ComplaintCategory> categories);

    /** Waiting for the worker who holds its passport; since the hub received its first version. */
    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord('COMPLAINT', c.complaintRef, 'WORKER',
                    c.terms.passport.key, (select min(v.provenance.receivedAt) from ComplaintVersion v where v.complaint = c),
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
