package jo.gov.mol.dwr.routes.broker;

import java.util.Set;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hub's embedded broker, when it runs one: a TCP acceptor beside in-VM (when enabled), security on, and
 * these rules: the hub (in-VM) may do everything; the border system's role may only send to
 * {@value #BORDER_CROSSINGS} (interfaces.md 3a), not read it nor touch any other address.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(EmbeddedActiveMQ.class)
class EmbeddedBrokerConfiguration {
    static final String BORDER_CROSSINGS = "border.crossings";
    static final String BORDER_ROLE = "border";

    @Bean
    ArtemisConfigurationCustomizer hubBrokerAccess(BrokerAccess access) {
        return configuration -> {
            if (access.tcpEnabled()) {
                try {
                    configuration.addAcceptorConfiguration("tcp", "tcp://" + access.tcpHost() + ":" + access.tcpPort()
                            + "?protocols=CORE");
                } catch (Exception e) {
                    throw new IllegalStateException("cannot configure the broker's TCP acceptor", e);
                }
            }
            configuration.setSecurityEnabled(true);
            // the broker caches authentications by user and password, not by transport: an anonymous TCP
            // connection would inherit the trust of the hub's own anonymous in-VM one (seen in a test)
            configuration.setAuthenticationCacheSize(0);
            // a message must carry the user the broker validated: an anonymous connection can send nothing
            configuration.setPopulateValidatedUser(true);
            configuration.setRejectEmptyValidatedUser(true);
            configuration.putSecurityRoles("#", Set.of(everything(HubBrokerSecurity.HUB_ROLE)));
            configuration.putSecurityRoles(BORDER_CROSSINGS, Set.of(everything(HubBrokerSecurity.HUB_ROLE),
                    new Role(BORDER_ROLE, true, false, false, false, false, false, false, false, false, false, false, false)));
            configuration.addQueueConfiguration(QueueConfiguration.of(BORDER_CROSSINGS)
                    .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        };
    }

    @Bean
    static BeanPostProcessor hubBrokerSecurityManager(org.springframework.beans.factory.ObjectProvider<BrokerAccess> access) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    broker.setSecurityManager(new HubBrokerSecurity(access.getObject()));
                }
                return bean;
            }
        };
    }

    private static Role everything(String name) {
        return new Role(name, true, true, true, true, true, true, true, true, true, true, true, true);
    }
}
