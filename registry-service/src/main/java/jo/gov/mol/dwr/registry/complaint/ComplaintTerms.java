package jo.gov.mol.dwr.registry.complaint;

import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.Complainant;
import jo.gov.mol.dwr.mappings.canonical.ComplaintCategory;
import jo.gov.mol.dwr.mappings.canonical.ComplaintRecorded;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.LicenceNo;
import jo.gov.mol.dwr.mappings.canonical.NationalId;
import jo.gov.mol.dwr.registry.worker.Passport;

/** What one version of a complaint says, its status included; office and employer may be absent. */
@Embeddable
record ComplaintTerms(@Column(name = "filed_on", nullable = false) LocalDate filedOn,
                      @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                      @Column(name = "filed_by", length = 12, nullable = false) Complainant filedBy,
                      @Embedded Passport passport,
                      @Column(name = "office_licence_no", length = 7) String officeLicenceNo,
                      @Column(name = "employer_national_id", length = 10) String employerNationalId,
                      @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                      @Column(name = "category", length = 25, nullable = false) ComplaintCategory category,
                      @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                      @Column(name = "complaint_status", length = 15, nullable = false) ComplaintStatus status) {

    static ComplaintTerms of(ComplaintRecorded complaint) {
        LicenceNo office = complaint.office();
        NationalId employer = complaint.employer();
        return new ComplaintTerms(complaint.filedOn(), complaint.filedBy(), Passport.of(complaint.passport()),
                office == null ? null : office.value(), employer == null ? null : employer.value(),
                complaint.category(), complaint.status());
    }
}
