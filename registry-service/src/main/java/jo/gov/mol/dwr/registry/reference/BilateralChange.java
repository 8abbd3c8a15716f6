package jo.gov.mol.dwr.registry.reference;

import java.time.LocalDate;

/** One sending country's rule changed from a date ("deployment to NPL suspended from 1 July"), checked. */
record BilateralChange(LocalDate effectiveFrom, String reason, BilateralRule rule) {
}
