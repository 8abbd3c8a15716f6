package jo.gov.mol.dwr.registry.embassy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.AttestationStatus;
import jo.gov.mol.dwr.mappings.canonical.ContractAttested;
import jo.gov.mol.dwr.mappings.canonical.CountryCode;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.EmbassyRecordTime;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.Money;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.mappings.canonical.Reference;
import jo.gov.mol.dwr.mappings.canonical.Sex;
import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;
import jo.gov.mol.dwr.mappings.canonical.WelfareCategory;
import jo.gov.mol.dwr.mappings.canonical.WorkerIdentity;
import jo.gov.mol.dwr.registry.worker.Passport;

/**
 * What one version of an embassy record says, of either kind, so that attestations and welfare cases share one
 * table: the worker as the embassy wrote them, office and employer, then the attestation's salary, status and reason
 * or the welfare case's category and summary (null for the other kind). Office and employer may be absent from a
 * welfare case, the employer from an attestation.
 *
 * @param name the worker's whole name in the embassy's own order
 */
@Embeddable
record EmbassyRecordTerms(@Column(name = "record_date", nullable = false) LocalDate recordDate,
                          @Column(name = "occurred_at") Instant occurredAt,
                          @Embedded Passport passport,
                          @Column(name = "nationality", length = 3, nullable = false) String nationality,
                          @Column(name = "name_as_written", length = 200) String name,
                          @Column(name = "birth_date") LocalDate birthDate,
                          @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                          @Column(name = "sex", length = 1) Sex sex,
                          @Column(name = "office_licence_no", length = 7) String officeLicenceNo,
                          @Column(name = "employer_national_id", length = 10) String employerNationalId,
                          @Column(name = "salary_amount", precision = 12, scale = 2) BigDecimal salaryAmount,
                          @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                          @Column(name = "salary_currency", length = 3) Currency salaryCurrency,
                          @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                          @Column(name = "attestation_status", length = 8) AttestationStatus attestationStatus,
                          @Column(name = "reason", length = 2000) String reason,
                          @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                          @Column(name = "welfare_category", length = 25) WelfareCategory welfareCategory,
                          @Column(name = "summary", length = 2000) String summary) {

    static EmbassyRecordTerms of(ContractAttested attested) {
        WorkerIdentity worker = attested.worker();
        return new EmbassyRecordTerms(attested.time().date(), attested.time().occurredAt(),
                Passport.of(worker.passport()), worker.nationality().value(), worker.nameLatin(), worker.birthDate(),
                worker.sex(), attested.office().value(), valueOf(attested.employer()), attested.salary().amount(),
                attested.salary().currency(), attested.status(), attested.reason(), null, null);
    }

    static EmbassyRecordTerms of(WelfareCaseRecorded welfareCase) {
        WorkerIdentity worker = welfareCase.worker();
        return new EmbassyRecordTerms(welfareCase.time().date(), welfareCase.time().occurredAt(),
                Passport.of(worker.passport()), worker.nationality().value(), worker.nameLatin(), worker.birthDate(),
                worker.sex(), welfareCase.office() == null ? null : welfareCase.office().value(),
                valueOf(welfareCase.employer()), null, null, null, null, welfareCase.category(),
                welfareCase.summary());
    }

    /** The canonical fact, as the embassy's record said it. */
    ContractAttested attested(CountryCode embassy, Reference attestationRef) {
        return new ContractAttested(embassy, attestationRef, time(), worker(), LicenceNo.of(officeLicenceNo),
                employer(), new Money(salaryAmount, salaryCurrency), attestationStatus, reason);
    }

    /** The canonical fact, as the embassy's record said it. */
    WelfareCaseRecorded welfareCase(CountryCode embassy, Reference caseRef) {
        return new WelfareCaseRecorded(embassy, caseRef, time(), worker(),
                officeLicenceNo == null ? null : LicenceNo.of(officeLicenceNo), employer(), welfareCategory, summary);
    }

    private EmbassyRecordTime time() {
        return new EmbassyRecordTime(recordDate, occurredAt);
    }

    private WorkerIdentity worker() {
        return new WorkerIdentity(passport.ref(), CountryCode.of(nationality), name, null, birthDate, sex);
    }

    private NationalId employer() {
        return employerNationalId == null ? null : NationalId.of(employerNationalId);
    }

    private static String valueOf(NationalId employer) {
        return employer == null ? null : employer.value();
    }
}
