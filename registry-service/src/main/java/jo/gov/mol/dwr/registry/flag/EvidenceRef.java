package jo.gov.mol.dwr.registry.flag;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;
import jo.gov.mol.dwr.registry.source.SourceRef;

/** One source message of a flag's evidence, as stored. */
@Embeddable
record EvidenceRef(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                   @Column(name = "source_system", length = 20, nullable = false) SourceSystem system,
                   @Column(name = "message_id", length = 200, nullable = false) String messageId,
                   @Column(name = "reference", length = 100) String reference) {

    static EvidenceRef of(SourceRef source) {
        return new EvidenceRef(source.system(), source.messageId(), source.reference());
    }

    SourceRef ref() {
        return new SourceRef(system, messageId, reference);
    }
}
