package jo.gov.mol.dwr.registry.reference;

import java.time.Instant;
import java.time.LocalDate;

/** A rule set as the list of versions shows it: without its rules. */
record RuleSetSummary(int version, LocalDate effectiveFrom, String reason, String createdBy, Instant createdAt) {
}
