package jo.gov.mol.dwr.registry.intake;

import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.CanonicalEvent;

/**
 * Published (as a Spring application event) once an event's effect is written, inside its transaction, so that
 * what depends on the registry's state (the flags) follows it in the same commit.
 */
public record EventApplied(UUID eventId, CanonicalEvent event) {
}
