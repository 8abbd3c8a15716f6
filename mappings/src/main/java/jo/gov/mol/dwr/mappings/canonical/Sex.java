package jo.gov.mol.dwr.mappings.canonical;

public enum Sex { F, M }
