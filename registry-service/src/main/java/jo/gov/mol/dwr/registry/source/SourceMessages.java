package jo.gov.mol.dwr.registry.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jo.gov.mol.dwr.mappings.canonical.InboundEvent;
import jo.gov.mol.dwr.mappings.canonical.SourceSystem;

/** The source messages the registry has applied: whether one is already kept, and keeping a new one. */
@Component
public class SourceMessages {
    private final ReceivedMessageRepository messages;

    SourceMessages(ReceivedMessageRepository messages) {
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public boolean isKept(UUID eventId) {
        return messages.existsById(eventId);
    }

    /**
     * The system and message id of an applied event, from which the ids of what it leads to are derived (a notice
     * id, for example, so that a redelivery derives the same one).
     *
     * @throws IllegalStateException for an event never applied
     */
    @Transactional(readOnly = true)
    public MessageKey keyOf(UUID eventId) {
        return messages.findKeyByEventId(eventId)
                .orElseThrow(() -> new IllegalStateException("no source message kept for event " + eventId));
    }

    /**
     * A message as received, found by the event id the intake derived from it, so that a message id is compared as
     * the intake compared it (whatever its letters' case).
     */
    @Transactional(readOnly = true)
    public Optional<RawMessage> raw(SourceSystem system, String messageId) {
        return messages.findById(InboundEvent.eventIdOf(system, messageId)).map(RawMessage::of);
    }

    /** The applied messages with these event ids (unknown ones are left out), in no particular order. */
    @Transactional(readOnly = true)
    public List<SourceEvent> withEventIds(Collection<UUID> eventIds) {
        return eventIds.isEmpty() ? List.of()
                : messages.eventsWithIds(eventIds);
    }

    /**
     * The applied messages about these subjects ({@link jo.gov.mol.dwr.mappings.canonical.CanonicalEvent#orderingKey()}:
     * a passport key, {@code request:<id>}, {@code office:<licence>}), in no particular order.
     */
    @Transactional(readOnly = true)
    public List<SourceEvent> about(Collection<String> orderingKeys) {
        return orderingKeys.isEmpty() ? List.of()
                : messages.eventsAbout(orderingKeys);
    }

    /**
     * Inserts the message's row at once, inside the caller's transaction, so that a copy of an event already kept
     * by another consumer fails here (on the primary key) before anything else is written.
     *
     * @return where the versions this message makes come from
     * @throws org.springframework.dao.DataIntegrityViolationException when the event is already kept
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Provenance keep(InboundEvent inbound) {
        return messages.saveAndFlush(ReceivedMessage.of(inbound, CanonicalJson.of(inbound.event()))).provenance();
    }
}
