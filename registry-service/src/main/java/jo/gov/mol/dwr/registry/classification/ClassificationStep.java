package jo.gov.mol.dwr.registry.classification;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.OfficeClass;

/**
 * One step of a classification's review: what it became ({@code step}), with which class, who took the step, when and
 * why (an override's, approval's or rejection's reason).
 */
@Embeddable
record ClassificationStep(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                          @Column(name = "step", length = 17, nullable = false) ClassificationStatus step,
                          @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                          @Column(name = "office_class", length = 7, nullable = false) OfficeClass officeClass,
                          @Column(name = "actor", length = 100, nullable = false) String by,
                          @Column(name = "occurred_at", nullable = false) Instant at,
                          @Column(name = "reason", length = 2000) String reason) {
}
