package jo.gov.mol.dwr.registry.person;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jo.gov.mol.dwr.registry.linkage.Decision;
import jo.gov.mol.dwr.registry.linkage.FieldWeight;

/**
 * Why a record was put on a person, as decided then: what {@code GET …/links/{id}} answers.
 *
 * @param personId         the person the link named
 * @param survivorId       that person now, through any merges
 * @param totalWeight      the best candidate's total weight in bits; absent when there was no candidate or a
 *                         person split the record off
 * @param fields           each field's agreement level and weight, adding up to the total
 * @param comparedRecordId the candidate's record the weights were computed against
 * @param decidedBy        {@code linkage} for the engine, else the person who split the record off
 * @param endedAt          when a split replaced this link
 */
public record LinkExplanation(long linkId, long recordId, long personId, long survivorId, Decision decision,
                              LinkBasis basis, BigDecimal totalWeight, List<FieldWeight> fields,
                              Optional<Long> comparedRecordId, BigDecimal upperThreshold, BigDecimal lowerThreshold,
                              String weightsVersion, Instant decidedAt, String decidedBy, Optional<Instant> endedAt) {
}
