package jo.gov.mol.dwr.registry.reference;

import java.time.LocalDate;

/** A rule set as posted, checked field by field, before the registry gives it a version. */
record NewRuleSet(LocalDate effectiveFrom, String reason, Rules rules) {
}
