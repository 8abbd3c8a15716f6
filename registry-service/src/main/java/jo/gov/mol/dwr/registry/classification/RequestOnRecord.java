package jo.gov.mol.dwr.registry.classification;

import java.time.Instant;
import java.time.LocalDate;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/** A recruitment request as attribution reads it: whose passport, which office, when. */
record RequestOnRecord(String passportKey, String licenceNo, Instant requestedAt) {

    LocalDate requestedOn() {
        return LocalDate.ofInstant(requestedAt, CanonicalEvent.AMMAN);
    }
}
