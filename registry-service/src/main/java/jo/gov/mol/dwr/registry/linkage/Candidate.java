package jo.gov.mol.dwr.registry.linkage;

/** A record already linked to a registry person, offered for comparison with an incoming one. */
public record Candidate(String personId, StandardisedPerson record) {
}
