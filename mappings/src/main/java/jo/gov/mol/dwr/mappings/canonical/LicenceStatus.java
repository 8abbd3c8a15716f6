package jo.gov.mol.dwr.mappings.canonical;

public enum LicenceStatus { ACTIVE, SUSPENDED, REVOKED, EXPIRED }
