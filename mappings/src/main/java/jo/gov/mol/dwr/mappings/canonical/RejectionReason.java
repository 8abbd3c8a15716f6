package jo.gov.mol.dwr.mappings.canonical;

/** Why the Ministry of Interior rejected a recruitment request ({@code ReasonCode}). */
public enum RejectionReason { SECURITY, PREVIOUS_VIOLATION, DOCUMENT_INVALID, OFFICE_NOT_ELIGIBLE, OTHER }
