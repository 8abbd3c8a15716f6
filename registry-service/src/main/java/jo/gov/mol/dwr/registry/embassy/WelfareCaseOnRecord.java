package jo.gov.mol.dwr.registry.embassy;

import java.util.UUID;

import jo.gov.mol.dwr.mappings.canonical.WelfareCaseRecorded;

/**
 * An embassy's welfare case as the registry holds it now: its current version.
 *
 * @param welfareCase what the current version says
 * @param workerId    the worker who holds the passport it names
 * @param eventId     the registry's event id of the current version's message
 */
public record WelfareCaseOnRecord(WelfareCaseRecorded welfareCase, long workerId, UUID eventId) {
}
