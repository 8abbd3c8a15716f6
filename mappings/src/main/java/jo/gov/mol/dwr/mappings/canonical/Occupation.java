package jo.gov.mol.dwr.mappings.canonical;

public enum Occupation { HOUSEKEEPER, COOK, NANNY, CAREGIVER, DRIVER, GARDENER }
