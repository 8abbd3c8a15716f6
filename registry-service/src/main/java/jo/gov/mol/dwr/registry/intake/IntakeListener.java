package jo.gov.mol.dwr.registry.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jms.listener.SessionAwareMessageListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;

/**
 * Reads each message of the events queue as a canonical event and has it applied once.
 * <ul>
 * <li>An event already applied (a redelivery, a resend, or another consumer that won a race on the same event id)
 * is acknowledged and changes nothing.</li>
 * <li>A message that is not a canonical event is parked in the dead-letter queue at once
 * ({@code unreadable_event}): no redelivery could help. So is an event of a kind the registry has no handler for
 * yet ({@code unhandled_event}), to be redriven once it has one.</li>
 * <li>An event that fails to apply is rolled back and redelivered by the broker; on its
 * {@code registry.max-delivery-attempts}-th delivery it is parked ({@code event_not_applicable}). A transient
 * database failure (the database down, a lock or optimistic-lock conflict) is never parked by the intake: it is
 * left to the broker's redelivery policy.</li>
 * </ul>
 * Log lines name {@code eventId}, {@code system} and {@code messageId}, also put in the MDC while an event is handled.
 */
@Component
class IntakeListener implements SessionAwareMessageListener<Message> {
    private static final Logger log = LoggerFactory.getLogger(IntakeListener.class);

    private final EventIntake intake;
    private final EventHandlers handlers;
    private final DeadLetters deadLetters;
    private final IntakeProperties properties;

    IntakeListener(EventIntake intake, EventHandlers handlers, DeadLetters deadLetters, IntakeProperties properties) {
        this.intake = intake;
        this.handlers = handlers;
        this.deadLetters = deadLetters;
        this.properties = properties;
    }

    @Override
    public void onMessage(Message message, Session session) throws JMSException {
        InboundEvent inbound;
        try {
            inbound = EventCodec.fromJson(textOf(message));
        } catch (RuntimeException unreadable) {
            deadLetters.park(message, session, IntakeError.UNREADABLE_EVENT, String.valueOf(unreadable.getMessage()), null);
            log.error("event parked code={} jmsMessageId={} reason={}", IntakeError.UNREADABLE_EVENT.code(),
                    message.getJMSMessageID(), unreadable.getMessage());
            return;
        }
        if (!handlers.handles(inbound.event())) {
            deadLetters.park(message, session, IntakeError.UNHANDLED_EVENT,
                    "no handler for " + inbound.event().getClass().getSimpleName(), inbound.eventId().toString());
            log.error("event parked code={} eventId={} system={} messageId={} type={}",
                    IntakeError.UNHANDLED_EVENT.code(), inbound.eventId(), inbound.source().system(),
                    inbound.source().messageId(), inbound.event().getClass().getSimpleName());
            return;
        }
        MDC.put("eventId", inbound.eventId().toString());
        MDC.put("system", inbound.source().system().name());
        MDC.put("messageId", inbound.source().messageId());
        try {
            apply(inbound, message, session);
        } finally {
            MDC.remove("eventId");
            MDC.remove("system");
            MDC.remove("messageId");
        }
    }

    private void apply(InboundEvent inbound, Message message, Session session) throws JMSException {
        int delivery = message.getIntProperty("JMSXDeliveryCount");
        try {
            EventIntake.Outcome outcome = intake.apply(inbound);
            log.info("event {} eventId={} system={} messageId={} type={} reference={} delivery={}",
                    outcome == EventIntake.Outcome.APPLIED ? "applied" : "duplicate", inbound.eventId(),
                    inbound.source().system(), inbound.source().messageId(),
                    inbound.event().getClass().getSimpleName(), inbound.event().reference(), delivery);
        } catch (DataIntegrityViolationException conflict) {
            if (intake.isApplied(inbound.eventId())) {
                log.info("event duplicate eventId={} system={} messageId={} delivery={} (applied by another consumer)",
                        inbound.eventId(), inbound.source().system(), inbound.source().messageId(), delivery);
                return;
            }
            failed(inbound, message, session, delivery, conflict);
        } catch (RuntimeException failure) {
            failed(inbound, message, session, delivery, failure);
        }
    }

    private void failed(InboundEvent inbound, Message message, Session session, int delivery,
                        RuntimeException failure) throws JMSException {
        if (!isTransient(failure) && delivery >= properties.maxDeliveryAttempts()) {
            deadLetters.park(message, session, IntakeError.EVENT_NOT_APPLICABLE, describe(failure),
                    inbound.eventId().toString());
            log.error("event parked code={} eventId={} system={} messageId={} delivery={} reason={}",
                    IntakeError.EVENT_NOT_APPLICABLE.code(), inbound.eventId(), inbound.source().system(),
                    inbound.source().messageId(), delivery, describe(failure), failure);
            return;
        }
        log.warn("event failed eventId={} system={} messageId={} delivery={} reason={}", inbound.eventId(),
                inbound.source().system(), inbound.source().messageId(), delivery, describe(failure));
        throw failure;
    }

    private static String textOf(Message message) throws JMSException {
        if (!(message instanceof TextMessage text) || text.getText() == null) {
            throw new IllegalArgumentException("not a text message: " + message.getClass().getSimpleName());
        }
        return text.getText();
    }

    private static boolean isTransient(RuntimeException failure) {
        return failure instanceof TransientDataAccessException || failure instanceof RecoverableDataAccessException
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof CannotCreateTransactionException;
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? failure.toString() : failure.getClass().getSimpleName() + ": " + cause;
    }
}
