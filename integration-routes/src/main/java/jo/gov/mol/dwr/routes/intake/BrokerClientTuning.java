package jo.gov.mol.dwr.routes.intake;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the Artemis client remember the queues it has looked up. Without it every send asks the broker whether
 * its queue exists, a round trip per accepted message (seen in a profile of the intake benchmark).
 */
@Component
class BrokerClientTuning implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CachingConnectionFactory caching
                && caching.getTargetConnectionFactory() instanceof ActiveMQConnectionFactory artemis) {
            artemis.setCacheDestinations(true);
        } else if (bean instanceof ActiveMQConnectionFactory artemis) {
            artemis.setCacheDestinations(true);
        }
        return bean;
    }
}
