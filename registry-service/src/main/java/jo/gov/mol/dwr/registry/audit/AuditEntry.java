package jo.gov.mol.dwr.registry.audit;

import java.time.Instant;

/** An audit record as the API lists it. */
record AuditEntry(long id, Instant at, String who, String roles, AuditAction action, String what, int outcome) {
}
