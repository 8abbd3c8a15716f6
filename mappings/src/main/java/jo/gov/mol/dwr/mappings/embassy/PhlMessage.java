package jo.gov.mol.dwr.mappings.embassy;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * A PHL event read: its message id (the embassy's {@code eventId}) and its fact.
 */
public record PhlMessage(String eventId, CanonicalEvent event) {
}
