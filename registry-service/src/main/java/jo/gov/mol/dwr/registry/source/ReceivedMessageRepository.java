package jo.gov.mol.dwr.registry.source;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceivedMessageRepository extends JpaRepository<ReceivedMessage, UUID> {
}
