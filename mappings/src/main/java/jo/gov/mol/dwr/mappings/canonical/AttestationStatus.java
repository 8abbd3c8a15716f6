package jo.gov.mol.dwr.mappings.canonical;

/** What an embassy found when it checked a contract against the bilateral agreement (PHL calls them VERIFIED, DENIED). */
public enum AttestationStatus {
    ATTESTED, REFUSED
}
