package jo.gov.mol.dwr.sandbox.border;

import java.util.List;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;

/**
 * The border posts' real-time link (interfaces.md 3a): one persistent text message per crossing on the hub's
 * crossings queue, over Artemis core TCP, signed in as the border's broker user. Each send returns once the broker
 * has the message on its journal (a durable send blocks by default), so a crossing counted as sent is the hub's.
 */
final class RealTimeLink {
    private final String brokerUrl;
    private final String queue;
    private final String user;
    private final String password;

    /**
     * @param brokerUrl for example {@code tcp://localhost:61616}
     */
    RealTimeLink(String brokerUrl, String queue, String user, String password) {
        this.brokerUrl = brokerUrl;
        this.queue = queue;
        this.user = user;
        this.password = password;
    }

    /** Sends each crossing in order; a failure stops the run, as a border post would stop and alarm. */
    void send(List<Crossing> crossings) {
        try (Open link = open()) {
            crossings.forEach(link::send);
        }
    }

    /** The link kept open for crossings that come one by one, as a post sends them over a day. */
    Open open() {
        return new Open();
    }

    /** An open connection to the broker; not for two threads at once. */
    final class Open implements AutoCloseable {
        // no reconnection: a link that fails here should fail the run loudly, not retry quietly
        private final ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl + "?reconnectAttempts=0");
        private final JMSContext context = factory.createContext(user, password, JMSContext.AUTO_ACKNOWLEDGE);
        private final Queue destination = context.createQueue(queue);
        private final JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);

        void send(Crossing crossing) {
            producer.send(destination, CrossingMessage.of(crossing));
        }

        @Override
        public void close() {
            context.close();
            factory.close();
        }
    }
}
