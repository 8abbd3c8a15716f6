package jo.gov.mol.dwr.registry.people;

/** What a person may do with the registry's API (interfaces.md 6). */
public enum Role { AUDITOR, REGULATOR, ADMIN }
