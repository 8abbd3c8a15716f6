package jo.gov.mol.dwr.registry.linkage;

/** A record as a source gives it, with the person it truly describes and when it arrives. */
record LabelledRecord(String personId, PersonRecord record, String description, long arrival) {
}
