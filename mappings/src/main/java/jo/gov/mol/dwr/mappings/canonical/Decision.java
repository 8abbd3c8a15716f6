package jo.gov.mol.dwr.mappings.canonical;

/** The Ministry of Interior's decision on a recruitment request. */
public enum Decision { APPROVED, REJECTED }
