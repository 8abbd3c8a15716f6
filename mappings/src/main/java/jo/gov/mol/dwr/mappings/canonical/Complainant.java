package jo.gov.mol.dwr.mappings.canonical;

/** Who filed a complaint (MoL {@code FiledBy}). */
public enum Complainant { WORKER, EMPLOYER, EMBASSY, NGO, INSPECTOR }
