package jo.gov.mol.dwr.mappings.canonical;

public enum ComplaintStatus { OPEN, SUBSTANTIATED, UNSUBSTANTIATED }
