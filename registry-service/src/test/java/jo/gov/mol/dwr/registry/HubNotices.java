package jo.gov.mol.dwr.registry;

import org.springframework.jms.core.JmsTemplate;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.NoticeDue;

/** Takes the notices the registry published off the hub's queue, as the hub does, by the reference they report. */
public final class HubNotices {
    public static final String QUEUE = "hub.notices";
    /**
     * For the contexts of the tests that read the hub's queue: only they run the notice relay (application.properties
     * says why the others do not).
     */
    public static final String RELAY_RUNS = "registry.notices-relay-enabled=true";

    private final JmsTemplate patient;
    private final JmsTemplate brief;

    /** @param jms waits up to its receive timeout for a notice that should come */
    public HubNotices(JmsTemplate jms) {
        this.patient = jms;
        this.brief = new JmsTemplate(jms.getConnectionFactory());
        brief.setReceiveTimeout(500);
    }

    /** The next notice about this reference; fails if none comes within the template's receive timeout. */
    public NoticeDue receive(String reference) {
        Message message = patient.receiveSelected(QUEUE, selector(reference));
        if (message == null) {
            throw new AssertionError("no notice on " + QUEUE + " for " + reference);
        }
        return decode(message);
    }

    /**
     * The next notice about this reference, waiting only briefly: call it once the notices due are all published,
     * when any notice is on the queue already.
     */
    public NoticeDue receiveAnother(String reference) {
        Message message = brief.receiveSelected(QUEUE, selector(reference));
        return message == null ? null : decode(message);
    }

    private static String selector(String reference) {
        return "dwr_reference = '" + reference + "'";
    }

    private static NoticeDue decode(Message message) {
        try {
            return EventCodec.noticeFromJson(((TextMessage) message).getText());
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
