package jo.gov.mol.dwr.registry.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReceivedMessageRepository extends JpaRepository<ReceivedMessage, UUID> {

    /** Without loading the raw message. */
    @Query("""
            select new jo.gov.mol.dwr.registry.source.MessageKey(m.system, m.messageId)
            from ReceivedMessage m where m.eventId = :eventId""")
    Optional<MessageKey> findKeyByEventId(UUID eventId);

    /** As facts, without loading the raw messages; a message kept before business times were kept stands at its sending. */
    String AS_EVENTS = """
            select new jo.gov.mol.dwr.registry.source.SourceEvent(m.eventId, m.system, m.messageId, m.reference,
                   m.eventType, coalesce(m.businessTime, m.sentAt, m.receivedAt), coalesce(m.sentAt, m.receivedAt),
                   m.receivedAt, m.canonicalJson)
            from ReceivedMessage m
            """;

    @Query(AS_EVENTS + "where m.eventId in :eventIds")
    List<SourceEvent> eventsWithIds(Collection<UUID> eventIds);

    @Query(AS_EVENTS + "where m.orderingKey in :orderingKeys")
    List<SourceEvent> eventsAbout(Collection<String> orderingKeys);
}
