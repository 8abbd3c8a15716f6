package jo.gov.mol.dwr.routes.delivery;

/** Where the hub delivers; each is served by the route {@code direct:deliver-<name>} of its system's RouteBuilder. */
public enum Destination {
    /** MoI's ApprovalRequest service (interfaces.md 2). */
    MOI_APPROVALS,
    /** MoL's notices service (interfaces.md 1b). */
    MOL_NOTICES,
    /** The Philippine embassy's notices endpoint, JSON over HTTP (interfaces.md 4a). */
    PHL_NOTICES,
    /** The notice files of the embassies that take files, one folder each (interfaces.md 4b, 4c). */
    EMBASSY_NOTICE_FILES;

    public String route() {
        return "direct:deliver-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
