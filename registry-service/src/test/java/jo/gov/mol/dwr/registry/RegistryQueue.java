package jo.gov.mol.dwr.registry;

import java.util.Map;

import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;

/** Puts messages on the registry's queue the way the hub does: JSON text, grouped by the event's ordering key. */
public final class RegistryQueue {
    public static final String EVENTS = "registry.events";
    public static final String DEAD_LETTERS = "DLQ";

    private final JmsTemplate jms;

    public RegistryQueue(JmsTemplate jms) {
        this.jms = jms;
    }

    public InboundEvent publish(InboundEvent event) {
        sendText(EventCodec.toJson(event), event.event().orderingKey(), Map.of());
        return event;
    }

    public void sendText(String body, String group, Map<String, String> properties) {
        jms.send(EVENTS, session -> {
            TextMessage message = session.createTextMessage(body);
            message.setStringProperty("JMSXGroupID", group);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            return message;
        });
    }

    /** The dead letter carrying this property value, waiting up to the template's receive timeout. */
    public Message deadLetter(String property, String value) {
        return jms.receiveSelected(DEAD_LETTERS, property + " = '" + value + "'");
    }
}
