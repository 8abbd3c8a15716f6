package jo.gov.mol.dwr.routes.security;

import java.util.List;
import java.util.Optional;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * An inbound HTTP channel of the hub: the path an outside system posts to, and the system whose account alone
 * may post there.
 */
public record Channel(String path, SourceSystem system) {
    /** Every inbound HTTP channel; security, the size limit and refusal records all read this one list. */
    public static final List<Channel> ALL = List.of(
            new Channel("/services/mol/events", SourceSystem.MOL),
            new Channel("/services/moi/decisions", SourceSystem.MOI));

    public String role() {
        return "SYSTEM_" + system.name();
    }

    public static Optional<Channel> forPath(String requestPath) {
        return ALL.stream().filter(c -> requestPath.equals(c.path()) || requestPath.startsWith(c.path() + "/")).findFirst();
    }
}
