package jo.gov.mol.dwr.registry.linkage;

/** The kind of system a person record comes from; each writes names its own way. */
public enum SourceKind {
    /** The Ministry of Labour: names typed by hand in Latin and Arabic script. */
    MOL,
    /** The Ministry of Interior: names as MoL sent them. */
    MOI,
    /** The border: the passport's machine readable zone (surname and given names, truncated). */
    BORDER,
    /** An embassy: names in its own order and spelling. */
    EMBASSY
}
