package jo.gov.mol.dwr.registry.embassy;

import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.ContractAttested;

/**
 * An embassy's attestation as the registry holds it now: its current version.
 *
 * @param attestation what the current version says
 * @param workerId    the worker who holds the passport it names
 * @param eventId     the registry's event id of the current version's message
 */
public record AttestationOnRecord(ContractAttested attestation, long workerId, UUID eventId) {
}
