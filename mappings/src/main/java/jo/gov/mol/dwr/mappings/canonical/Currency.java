package jo.gov.mol.dwr.mappings.canonical;

public enum Currency { USD, JOD }
