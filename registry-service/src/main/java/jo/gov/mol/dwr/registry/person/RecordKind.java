package jo.gov.mol.dwr.registry.person;

/** The kinds of record that carry a name and a birth date, and so link to a person (interfaces.md, conventions). */
public enum RecordKind {
    /** A version of a MoL recruitment request: names typed in Latin and Arabic script. */
    RECRUITMENT_REQUEST,
    /** A border crossing: the passport's machine readable zone. */
    BORDER_CROSSING,
    /** A version of an embassy's attestation. */
    ATTESTATION,
    /** A version of an embassy's welfare case. */
    WELFARE_CASE
}
