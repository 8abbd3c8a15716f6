package jo.gov.mol.dwr.mappings.canonical;

/** Who a notice is for. The embassy of a crossing notice is the one of the traveller's nationality. */
public enum NoticeReceiver {
    /** The Ministry of Labour's notices service (interfaces.md 1b). */
    MOL,
    /** The sending country's embassy in Amman, through its own channel (interfaces.md 4a-4c). */
    EMBASSY
}
