package jo.gov.mol.dwr.registry.reference;

/** The lowest score of classes A, B and C (policy.md: A ≥ 85, B ≥ 70, C ≥ 50, D below), out of 100. */
public record Bands(int a, int b, int c) {
}
