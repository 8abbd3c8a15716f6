package jo.gov.mol.dwr.mappings.canonical;

/** The kinds of welfare case an embassy reports (interfaces.md 4a). */
public enum WelfareCategory {
    SHELTER_ADMISSION, REPATRIATION_REQUEST, MISSING_WORKER, COMPLAINT, DECEASED
}
