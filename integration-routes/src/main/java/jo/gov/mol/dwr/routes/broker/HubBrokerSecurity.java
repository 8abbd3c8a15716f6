package jo.gov.mol.dwr.routes.broker;

import java.util.Set;

import javax.security.auth.Subject;

import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Authenticates the broker's connections: an in-VM connection is the hub itself, in role {@value #HUB_ROLE}; a
 * remote one must be a configured user with the right password, and gets that user's roles. No anonymous access.
 * What a role may do on which address is the broker's security settings ({@link EmbeddedBrokerConfiguration}).
 */
class HubBrokerSecurity implements ActiveMQSecurityManager5 {
    static final String HUB_ROLE = "hub";

    private final BrokerAccess access;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    HubBrokerSecurity(BrokerAccess access) {
        this.access = access;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(HUB_ROLE, Set.of(HUB_ROLE));
        }
        BrokerAccess.BrokerUser configured = user == null ? null : access.users().get(user);
        if (configured == null || password == null || !passwords.matches(password, configured.password())) {
            return null;
        }
        return subject(user, Set.copyOf(configured.roles()));
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        Set<String> held = subject.getPrincipals(RolePrincipal.class).stream().map(RolePrincipal::getName)
                .collect(java.util.stream.Collectors.toSet());
        return roles.stream().anyMatch(role -> held.contains(role.getName()) && checkType.hasRole(role));
    }

    @Override
    public boolean validateUser(String user, String password) {
        BrokerAccess.BrokerUser configured = user == null ? null : access.users().get(user);
        return configured != null && password != null && passwords.matches(password, configured.password());
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        BrokerAccess.BrokerUser configured = user == null ? null : access.users().get(user);
        return validateUser(user, password)
                && roles.stream().anyMatch(role -> configured.roles().contains(role.getName()) && checkType.hasRole(role));
    }

    private static Subject subject(String user, Set<String> roles) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        roles.forEach(role -> subject.getPrincipals().add(new RolePrincipal(role)));
        return subject;
    }
}
