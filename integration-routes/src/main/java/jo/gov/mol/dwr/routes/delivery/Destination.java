package jo.gov.mol.dwr.routes.delivery;

/** Where the hub delivers; each is served by the route {@code direct:deliver-<name>} of its system's RouteBuilder. */
public enum Destination {
    /** MoI's ApprovalRequest service (interfaces.md 2). */
    MOI_APPROVALS,
    /** MoL's notices service (interfaces.md 1b). */
    MOL_NOTICES;

    public String route() {
        return "direct:deliver-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
