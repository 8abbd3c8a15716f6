package jo.gov.mol.dwr.registry.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jo.gov.mol.dwr.mappings.canonical.ComplaintStatus;
import jo.gov.mol.dwr.mappings.canonical.EventCodec;
import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.registry.CanonicalEvents;

class IntakeListenerTests {
    private static final int MAX_ATTEMPTS = 3;

    final EventIntake intake = mock(EventIntake.class);
    final DeadLetters deadLetters = mock(DeadLetters.class);
    final Session session = mock(Session.class);
    final EventHandlers handlers = mock(EventHandlers.class);
    final IntakeListener listener = new IntakeListener(intake, handlers, deadLetters,
            new IntakeProperties("registry.events", "1-4", MAX_ATTEMPTS, "DLQ"));
    final InboundEvent event = CanonicalEvents.fromMol(CanonicalEvents.complaintRecorded(
            CanonicalEvents.newReference("CMP"), CanonicalEvents.newPassport(), ComplaintStatus.OPEN));

    @BeforeEach
    void applied() {
        when(handlers.handles(event.event())).thenReturn(true);
        when(intake.apply(event)).thenReturn(EventIntake.Outcome.APPLIED);
    }

    @Test
    void appliesACanonicalEvent() throws JMSException {
        listener.onMessage(delivery(EventCodec.toJson(event), 1), session);

        verify(intake).apply(event);
        verifyNothingParked();
    }

    @Test
    void acknowledgesAnEventAnotherConsumerAppliedFirst() throws JMSException {
        when(intake.apply(event)).thenThrow(new DataIntegrityViolationException("pk_source_message"));
        when(intake.isApplied(event.eventId())).thenReturn(true);

        assertThatCode(() -> listener.onMessage(delivery(EventCodec.toJson(event), 1), session))
                .doesNotThrowAnyException();
        verifyNothingParked();
    }

    @Test
    void leavesAConstraintViolationOfANewEventToRedelivery() {
        when(intake.apply(event)).thenThrow(new DataIntegrityViolationException("uq_worker_passport_key"));
        when(intake.isApplied(event.eventId())).thenReturn(false);

        assertThatThrownBy(() -> listener.onMessage(delivery(EventCodec.toJson(event), 1), session))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void leavesAFailureToRedeliveryBeforeTheLastAttempt() throws JMSException {
        when(intake.apply(event)).thenThrow(new IllegalStateException("broken"));

        assertThatThrownBy(() -> listener.onMessage(delivery(EventCodec.toJson(event), MAX_ATTEMPTS - 1), session))
                .isInstanceOf(IllegalStateException.class);
        verifyNothingParked();
    }

    @Test
    void parksAnEventThatFailedOnItsLastAttempt() throws JMSException {
        when(intake.apply(event)).thenThrow(new IllegalStateException("broken"));
        TextMessage message = delivery(EventCodec.toJson(event), MAX_ATTEMPTS);

        listener.onMessage(message, session);

        verify(deadLetters).park(eq(message), eq(session), eq(IntakeError.EVENT_NOT_APPLICABLE), anyString(),
                eq(event.eventId().toString()));
    }

    @Test
    void neverParksAnEventOnATransientFailure() throws JMSException {
        when(intake.apply(event)).thenThrow(new CannotAcquireLockException("busy"));

        assertThatThrownBy(() -> listener.onMessage(delivery(EventCodec.toJson(event), MAX_ATTEMPTS + 5), session))
                .isInstanceOf(CannotAcquireLockException.class);
        verifyNothingParked();
    }

    @Test
    void parksWhatIsNotACanonicalEventAtOnce() throws JMSException {
        TextMessage message = delivery("<Crossing/>", 1);

        listener.onMessage(message, session);

        verify(deadLetters).park(eq(message), eq(session), eq(IntakeError.UNREADABLE_EVENT), anyString(), isNull());
        verify(intake, never()).apply(any());
    }

    @Test
    void parksAKindOfEventWithoutAHandlerAtOnce() throws JMSException {
        when(handlers.handles(event.event())).thenReturn(false);
        TextMessage message = delivery(EventCodec.toJson(event), 1);

        listener.onMessage(message, session);

        verify(deadLetters).park(eq(message), eq(session), eq(IntakeError.UNHANDLED_EVENT), anyString(),
                eq(event.eventId().toString()));
        verify(intake, never()).apply(any());
    }

    @Test
    void parksWhatIsNotATextMessageAtOnce() throws JMSException {
        BytesMessage message = mock(BytesMessage.class);

        listener.onMessage(message, session);

        verify(deadLetters).park(eq(message), eq(session), eq(IntakeError.UNREADABLE_EVENT), anyString(), isNull());
    }

    private static TextMessage delivery(String body, int deliveryCount) throws JMSException {
        TextMessage message = mock(TextMessage.class);
        when(message.getText()).thenReturn(body);
        when(message.getIntProperty("JMSXDeliveryCount")).thenReturn(deliveryCount);
        return message;
    }

    private void verifyNothingParked() throws JMSException {
        verify(deadLetters, never()).park(any(), any(), any(), any(), any());
    }
}
