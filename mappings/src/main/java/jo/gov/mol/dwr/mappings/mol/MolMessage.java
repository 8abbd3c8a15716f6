package jo.gov.mol.dwr.mappings.mol;

import java.time.Instant;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/** A valid MoL message: its id, its sending time and the fact it states. */
public record MolMessage(String messageId, Instant sentAt, CanonicalEvent event) {
}
