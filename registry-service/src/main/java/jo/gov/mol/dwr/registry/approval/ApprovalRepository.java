package jo.gov.mol.dwr.registry.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;
import jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord;
import jo.gov.mol.dwr.registry.unmatched.WaitingRecords;

interface ApprovalRepository extends JpaRepository<Approval, Long>, WaitingRecords {

    Optional<Approval> findByRequestNo(String requestNo);

    /** Locks the row, so that a decision and its request applied at once take their turns on it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Approval a where a.requestNo = :requestNo")
    Optional<Approval> lockByRequestNo(String requestNo);

    /** The decisions that carried an approval number, latest decided first. */
    @Query("""
            select v from ApprovalVersion v join fetch v.approval
            where v.terms.approvalNo = :approvalNo
            order by v.terms.decidedAt desc, v.provenance.receivedAt desc""")
    List<ApprovalVersion> findGrants(String approvalNo, Limit limit);

    @Query("""
            select v from ApprovalVersion v
            where v.approval.requestNo = :requestNo
            order by v.terms.decidedAt, v.provenance.receivedAt""")
    List<ApprovalVersion> findHistory(String requestNo);

    /** Decisions for a request MoL has not sent yet; since the hub received the first of them. */
    @Override
    @Query("""
            select new jo.gov.mol.dwr.registry.unmatched.UnmatchedRecord('APPROVAL_DECISION', a.requestNo,
                    'RECRUITMENT_REQUEST', a.requestNo,
                    (select min(v.provenance.receivedAt) from ApprovalVersion v where v.approval = a),
                    a.current.eventId)
            from Approval a
            where a.requestKnownAt is null
            order by a.id""")
    List<UnmatchedRecord> unmatched();

    @Override
    @Query("select count(a) from Approval a where a.requestKnownAt is null")
    long countUnmatched();
}
