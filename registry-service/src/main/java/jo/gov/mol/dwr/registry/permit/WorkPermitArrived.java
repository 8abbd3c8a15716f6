package jo.gov.mol.dwr.registry.permit;

import jo.gov.mol.dwr.mappings.canonical.PermitNo;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * The registry holds a work permit it did not know before: published once per permit, when its first version is
 * applied, to listeners that run inside the transaction applying it.
 *
 * @param passportKey the key of the permit's passport ({@code PassportRef.key()})
 * @param provenance  the message of the permit's first version
 */
public record WorkPermitArrived(PermitNo permitNo, String passportKey, Provenance provenance) {
}
