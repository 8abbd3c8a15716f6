package jo.gov.mol.dwr.registry.linkage;

/** The script a name was written in before it was brought to one Latin form. */
public enum Script { LATIN, ARABIC }
