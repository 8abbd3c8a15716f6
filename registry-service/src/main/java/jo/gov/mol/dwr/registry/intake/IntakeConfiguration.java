package jo.gov.mol.dwr.registry.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jms.ConnectionFactoryUnwrapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import jakarta.jms.ConnectionFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

    /**
     * A transacted session per consumer: the message is acknowledged only when the listener returns, after the
     * database transaction committed; a failure rolls the session back and the broker redelivers. The container
     * caches its own consumers, so it takes the broker's connection factory rather than Boot's caching wrapper.
     */
    @Bean
    DefaultMessageListenerContainer registryIntakeContainer(ConnectionFactory connectionFactory,
                                                            IntakeListener listener, IntakeProperties properties) {
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(ConnectionFactoryUnwrapper.unwrapCaching(connectionFactory));
        container.setDestinationName(properties.eventsQueue());
        container.setSessionTransacted(true);
        container.setConcurrency(properties.consumers());
        container.setMessageListener(listener);
        // the listener has logged the failure with the event's ids; the container only rolls back
        container.setErrorHandler(failure -> log.debug("intake rolled back: {}", failure.toString()));
        return container;
    }
}
