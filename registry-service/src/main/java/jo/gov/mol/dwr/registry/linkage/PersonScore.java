package jo.gov.mol.dwr.registry.linkage;

/** A registry person scored against an incoming record: through the best-agreeing of their records. */
public record PersonScore(String personId, StandardisedPerson record, Score score) {
}
