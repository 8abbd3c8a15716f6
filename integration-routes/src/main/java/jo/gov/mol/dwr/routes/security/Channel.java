package jo.gov.mol.dwr.routes.security;

import java.util.List;
import java.util.Optional;

import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/**
 * An inbound HTTP channel of the hub: the path an outside system posts to, the system whose credential alone may
 * post there, and how the channel's callers sign in and hear refusals.
 */
public record Channel(String path, SourceSystem system, Style style) {
    /** Every inbound HTTP channel; security, the size limit and refusal records all read this one list. */
    public static final List<Channel> ALL = List.of(
            new Channel("/services/mol/events", SourceSystem.MOL, Style.SOAP),
            new Channel("/services/moi/decisions", SourceSystem.MOI, Style.SOAP),
            new Channel("/api/embassies/PHL/events", SourceSystem.EMBASSY_PHL, Style.JSON));

    public enum Style {
        /** HTTP Basic as a system account; refusals as SOAP faults, or a bare status before the body is read. */
        SOAP,
        /** A bearer token of the embassy; every refusal an RFC 9457 problem body. */
        JSON
    }

    public String role() {
        return roleOf(system);
    }

    /** The role of a system's credential (account or token), which its channel requires. */
    static String roleOf(SourceSystem system) {
        return "SYSTEM_" + system.name();
    }

    static List<Channel> of(Style style) {
        return ALL.stream().filter(channel -> channel.style() == style).toList();
    }

    public static Optional<Channel> forPath(String requestPath) {
        return ALL.stream().filter(c -> requestPath.equals(c.path()) || requestPath.startsWith(c.path() + "/")).findFirst();
    }
}
