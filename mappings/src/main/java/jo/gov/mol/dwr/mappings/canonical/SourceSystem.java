package jo.gov.mol.dwr.mappings.canonical;

/** The outside systems that send the hub messages; the word used in the registry's message paths. */
public enum SourceSystem {
    MOL, MOI, BORDER,
    EMBASSY_PHL, EMBASSY_LKA, EMBASSY_IDN, EMBASSY_KEN, EMBASSY_UGA, EMBASSY_ETH, EMBASSY_BGD, EMBASSY_NPL, EMBASSY_GHA
}
