package jo.gov.mol.dwr.mappings.canonical;

/**
 * An office's class (policy.md, "Office classification"): A exemplary, B good, C under watch, D failing, and
 * UNRATED when it placed too few workers in the period to be judged.
 */
public enum OfficeClass {
    A, B, C, D, UNRATED
}
