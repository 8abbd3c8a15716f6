package jo.gov.mol.dwr.registry.source;

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
}
