package jo.gov.mol.dwr.registry.intake;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.registry.source.Provenance;
import jo.gov.mol.dwr.registry.source.SourceMessages;

/** Applies an event once: its source message row and its effect are written in one database transaction. */
@Component
class EventIntake {
    enum Outcome { APPLIED, DUPLICATE }

    private final SourceMessages sourceMessages;
    private final EventHandlers handlers;
    private final ApplicationEventPublisher publisher;

    EventIntake(SourceMessages sourceMessages, EventHandlers handlers, ApplicationEventPublisher publisher) {
        this.sourceMessages = sourceMessages;
        this.handlers = handlers;
        this.publisher = publisher;
    }

    /**
     * @throws org.springframework.dao.DataIntegrityViolationException among others when another consumer kept the
     *                                                                 same event first; see {@link #isApplied}
     */
    @Transactional
    public Outcome apply(InboundEvent inbound) {
        if (sourceMessages.isKept(inbound.eventId())) {
            return Outcome.DUPLICATE;
        }
        Provenance provenance = sourceMessages.keep(inbound);
        handlers.apply(inbound.event(), provenance);
        publisher.publishEvent(new EventApplied(inbound.eventId(), inbound.event()));
        return Outcome.APPLIED;
    }

    public boolean isApplied(UUID eventId) {
        return sourceMessages.isKept(eventId);
    }
}
