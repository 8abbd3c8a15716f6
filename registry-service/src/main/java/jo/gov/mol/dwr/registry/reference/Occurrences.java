package jo.gov.mol.dwr.registry.reference;

/**
 * A threshold of repetition: {@code atLeast} occurrences within {@code withinMonths} months (3 transfers within 12
 * months, 2 substantiated abuse complaints within 24 months).
 */
public record Occurrences(int atLeast, int withinMonths) {
}
