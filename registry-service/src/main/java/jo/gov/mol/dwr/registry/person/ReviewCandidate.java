package jo.gov.mol.dwr.registry.person;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jo.gov.mol.dwr.registry.linkage.FieldWeight;

/**
 * A person a review item proposes, scored through the best-agreeing of their records, as the engine scored it.
 *
 * @param personId the candidate person when the item was opened (resolve it through merges to read it now)
 */
@Embeddable
public record ReviewCandidate(
        @Column(name = "person_id", nullable = false) long personId,
        @Column(name = "record_id", nullable = false) long recordId,
        @Column(name = "total_weight", precision = 9, scale = 4, nullable = false) BigDecimal totalWeight,
        @Convert(converter = FieldWeightsJson.class)
        @Column(name = "field_weights", length = 2000, nullable = false) List<FieldWeight> fields) {
}
