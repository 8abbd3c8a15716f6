package jo.gov.mol.dwr.registry.recruitment;

import jo.gov.mol.dwr.mappings.canonical.RequestId;
import jo.gov.mol.dwr.registry.source.Provenance;

/**
 * The registry holds a recruitment request it did not know before: published once per request, when its first
 * version is applied, to listeners that run inside the transaction applying it (records that waited for the
 * request join it there, in the same transaction).
 *
 * @param passportKey the key of the passport of the worker it recruits ({@code PassportRef.key()})
 * @param provenance  the message of the request's first version
 */
public record RecruitmentRequestArrived(RequestId requestId, String passportKey, Provenance provenance) {
}
