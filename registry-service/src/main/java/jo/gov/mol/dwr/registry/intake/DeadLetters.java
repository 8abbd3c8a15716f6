package jo.gov.mol.dwr.registry.intake;

import java.util.Collections;

import org.springframework.stereotype.Component;

import jakarta.jms.BytesMessage;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Parks a message the intake cannot apply in the dead-letter queue, in the listener's transacted session: the
 * copy is sent and the original acknowledged in one broker transaction, so the message is never lost and never
 * blocks the queue. The copy keeps the body and the application properties and says why, in {@code dwr_*}
 * properties.
 */
@Component
class DeadLetters {
    static final String ERROR_CODE = "dwr_error_code";
    static final String REASON = "dwr_reason";
    static final String EVENT_ID = "dwr_event_id";
    static final String ORIGINAL_QUEUE = "dwr_original_queue";
    static final String ORIGINAL_MESSAGE_ID = "dwr_original_message_id";
    static final String GROUP_ID = "dwr_group_id";
    static final String DELIVERY_COUNT = "dwr_delivery_count";
    private static final int MAX_REASON = 2000;

    private final IntakeProperties properties;

    DeadLetters(IntakeProperties properties) {
        this.properties = properties;
    }

    void park(Message original, Session session, IntakeError error, String reason, String eventId)
            throws JMSException {
        Message copy = copyOf(original, session);
        for (Object property : Collections.list(original.getPropertyNames())) {
            String name = property.toString();
            if (!name.startsWith("JMS") && !name.startsWith("_")) {
                copy.setObjectProperty(name, original.getObjectProperty(name));
            }
        }
        copy.setStringProperty(ERROR_CODE, error.code());
        copy.setStringProperty(REASON, reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
        copy.setStringProperty(ORIGINAL_QUEUE, properties.eventsQueue());
        copy.setStringProperty(ORIGINAL_MESSAGE_ID, original.getJMSMessageID());
        copy.setStringProperty(GROUP_ID, original.getStringProperty("JMSXGroupID"));
        copy.setIntProperty(DELIVERY_COUNT, original.getIntProperty("JMSXDeliveryCount"));
        if (eventId != null) {
            copy.setStringProperty(EVENT_ID, eventId);
        }
        try (MessageProducer producer = session.createProducer(session.createQueue(properties.deadLetterQueue()))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(copy);
        }
    }

    private static Message copyOf(Message original, Session session) throws JMSException {
        if (original instanceof TextMessage text) {
            return session.createTextMessage(text.getText());
        }
        if (original instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            BytesMessage copy = session.createBytesMessage();
            copy.writeBytes(body);
            return copy;
        }
        return session.createMessage();
    }
}
