package jo.gov.mol.dwr.registry.embassy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;

interface EmbassyRecordRepository extends JpaRepository<EmbassyRecord, Long> {

    Optional<EmbassyRecord> findByEmbassyAndKindAndReference(String embassy, EmbassyRecordKind kind, String reference);

    /** By the worker of the current version; earliest record date first. */
    @Query("""
            select r from EmbassyRecord r where r.kind = :kind and r.workerId = :workerId
            order by r.terms.recordDate, r.id""")
    List<EmbassyRecord> findOfWorker(EmbassyRecordKind kind, long workerId);

    /** By the office the current version names; earliest record date first. */
    @Query("""
            select r from EmbassyRecord r where r.kind = :kind and r.terms.officeLicenceNo = :licenceNo
            order by r.terms.recordDate, r.id""")
    List<EmbassyRecord> findOfOffice(EmbassyRecordKind kind, String licenceNo);

    /** Welfare cases whose current version is of this category and dated from {@code from} to {@code to}. */
    @Query("""
            select r from EmbassyRecord r where r.terms.welfareCategory = :category
            and r.terms.recordDate between :from and :to
            order by r.terms.recordDate, r.id""")
    List<EmbassyRecord> findWelfareCases(WelfareCategory category, LocalDate from, LocalDate to);

    long countByKind(EmbassyRecordKind kind);
}
