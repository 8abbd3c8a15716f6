package jo.gov.mol.dwr.registry.worker;

/** Where the description kept of a worker comes from. */
enum IdentitySource {
    /** A MoL recruitment request: names in Latin and Arabic script as MoL typed them. */
    RECRUITMENT_REQUEST,
    /** A passport's machine readable zone, read at a border crossing: truncated names in Latin script. */
    PASSPORT_MRZ
}
