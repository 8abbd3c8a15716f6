package jo.gov.mol.dwr.registry.api;

/**
 * One thing wrong with a request, named as the hub names them (interfaces.md): where ({@code pointer}, a JSON
 * pointer into the body or the name of a query parameter), a stable snake_case {@code code}, and a reason for people.
 */
public record FieldProblem(String pointer, String code, String reason) {
}
