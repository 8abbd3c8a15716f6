package jo.gov.mol.dwr.registry.recruitment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecruitmentRequestRepository extends JpaRepository<RecruitmentRequest, Long> {

    Optional<RecruitmentRequest> findByRequestNo(String requestNo);

    boolean existsByRequestNo(String requestNo);

    /** The requests recruiting the worker of this passport key, the latest to arrive first. */
    @Query("select r.requestNo from RecruitmentRequest r where r.terms.passport.key in :passportKeys order by r.id desc")
    List<String> requestNosFor(Collection<String> passportKeys, Limit limit);

    @Query("""
            select new jo.gov.mol.dwr.registry.recruitment.RequestOnRecord(r.requestNo, r.terms.officeLicenceNo,
                   r.terms.requestedAt, r.current.eventId)
            from RecruitmentRequest r where r.terms.officeLicenceNo = :office
            order by r.terms.requestedAt, r.id""")
    List<RequestOnRecord> namingOffice(String office);

    @Query("""
            select new jo.gov.mol.dwr.registry.recruitment.RequestOnRecord(r.requestNo, r.terms.officeLicenceNo,
                   r.terms.requestedAt, r.current.eventId)
            from RecruitmentRequest r where r.terms.employerNationalId = :employer
            order by r.terms.requestedAt, r.id""")
    List<RequestOnRecord> namingEmployer(String employer);

    @Query("""
            select new jo.gov.mol.dwr.registry.recruitment.RequestOnRecord(r.requestNo, r.terms.officeLicenceNo,
                   r.terms.requestedAt, r.current.eventId)
            from RecruitmentRequest r
            where r.terms.officeLicenceNo = :office and r.terms.requestedAt >= :from and r.terms.requestedAt < :until
            order by r.terms.requestedAt, r.id""")
    List<RequestOnRecord> namingOfficeBetween(String office, Instant from, Instant until);

    @Query("""
            select count(r) from RecruitmentRequest r
            where r.terms.officeLicenceNo = :office and r.terms.requestedAt >= :from and r.terms.requestedAt < :until""")
    long countNamingOfficeBetween(String office, Instant from, Instant until);
}
