package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonLinkRepository extends JpaRepository<PersonLink, Long> {

    Optional<PersonLink> findByRecordIdAndEndedAtIsNull(long recordId);

    List<PersonLink> findByRecordIdInAndEndedAtIsNull(Collection<Long> recordIds);

    List<PersonLink> findByRecordIdOrderByIdAsc(long recordId);
}
