package jo.gov.mol.dwr.registry.recruitment;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.Currency;
import jo.gov.mol.dwr.mappings.canonical.Occupation;
import jo.gov.mol.dwr.mappings.canonical.RecruitmentRequested;
import jo.gov.mol.dwr.registry.worker.Passport;

/** What one version of a recruitment request says; the worker's and employer's details are kept with them. */
@Embeddable
record RequestTerms(@Column(name = "office_licence_no", length = 7, nullable = false) String officeLicenceNo,
                    @Column(name = "employer_national_id", length = 10, nullable = false) String employerNationalId,
                    @Embedded Passport passport,
                    @Column(name = "nationality", length = 3, nullable = false) String nationality,
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                    @Column(name = "occupation", length = 20, nullable = false) Occupation occupation,
                    @Column(name = "salary_amount", precision = 12, scale = 2, nullable = false) BigDecimal salaryAmount,
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                    @Column(name = "salary_currency", length = 3, nullable = false) Currency salaryCurrency,
                    @Column(name = "duration_months", nullable = false) int durationMonths,
                    @Column(name = "requested_at", nullable = false) Instant requestedAt) {

    static RequestTerms of(RecruitmentRequested request) {
        return new RequestTerms(request.office().value(), request.employer().nationalId().value(),
                Passport.of(request.worker().passport()), request.worker().nationality().value(),
                request.occupation(), request.monthlySalary().amount(), request.monthlySalary().currency(),
                request.durationMonths(), request.requestedAt());
    }
}
