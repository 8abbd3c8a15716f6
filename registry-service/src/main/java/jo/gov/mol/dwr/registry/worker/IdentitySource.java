package jo.gov.mol.dwr.registry.worker;

/**
 * Where the description kept of a worker comes from. Only a recruitment request describes a worker who exists; the
 * other sources describe a worker only when they create one, a stand-in any request's description replaces.
 */
public enum IdentitySource {
    /** A MoL recruitment request: names in Latin and Arabic script as MoL typed them. */
    RECRUITMENT_REQUEST,
    /** A passport's machine readable zone, read at a border crossing: truncated names in Latin script. */
    PASSPORT_MRZ,
    /** An embassy's attestation or welfare case: the whole name in the embassy's own order, in Latin script. */
    EMBASSY_RECORD
}
