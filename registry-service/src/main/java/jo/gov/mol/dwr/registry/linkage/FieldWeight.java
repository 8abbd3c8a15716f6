package jo.gov.mol.dwr.registry.linkage;

/** What one field added to a pair's total weight: its agreement level and that level's weight log2(m/u). */
public record FieldWeight(String field, String level, double weight) {
}
