package jo.gov.mol.dwr.registry.office;

import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.LicenceStatus;
import jo.gov.mol.dwr.mappings.canonical.OfficeLicenceRecorded;

/** What one version of an office's licence says. */
@Embeddable
record LicenceTerms(@Column(name = "name_en", length = 200) String nameEn,
                    @Column(name = "name_ar", length = 200) String nameAr,
                    @Column(name = "governorate", length = 100) String governorate,
                    @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                    @Column(name = "licence_status", length = 12, nullable = false) LicenceStatus status,
                    @Column(name = "valid_from", nullable = false) LocalDate validFrom,
                    @Column(name = "valid_until", nullable = false) LocalDate validUntil,
                    @Column(name = "annual_quota", nullable = false) int annualQuota) {

    static LicenceTerms of(OfficeLicenceRecorded licence) {
        return new LicenceTerms(licence.nameEn(), licence.nameAr(), licence.governorate(), licence.status(),
                licence.validFrom(), licence.validUntil(), licence.annualQuota());
    }
}
