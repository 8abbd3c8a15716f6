package jo.gov.mol.dwr.routes.broker;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may reach the hub's embedded broker from outside the process ({@code hub.broker.*}): the TCP acceptor
 * (Artemis core protocol) and its users, each with roles. The hub itself connects in-VM and is trusted as such.
 *
 * @param tcpEnabled whether the broker listens on TCP beside in-VM
 * @param tcpHost    the interface it listens on
 * @param tcpPort    the port (61616 by default)
 * @param users      the remote users: {@code hub.broker.users.<name>.password} ({@code {bcrypt}…} or
 *                   {@code {noop}…}) and {@code .roles}, e.g. {@code border}
 */
@ConfigurationProperties("hub.broker")
public record BrokerAccess(@DefaultValue("false") boolean tcpEnabled,
                           @DefaultValue("0.0.0.0") String tcpHost,
                           @DefaultValue("61616") int tcpPort,
                           Map<String, BrokerUser> users) {

    public record BrokerUser(String password, List<String> roles) {
        public BrokerUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public BrokerAccess {
        users = users == null ? Map.of() : Map.copyOf(users);
    }
}
