package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonEventRepository extends JpaRepository<PersonEvent, Long> {

    List<PersonEvent> findByPersonIdInOrderByIdAsc(Collection<Long> personIds);

    List<PersonEvent> findByPersonIdInOrOtherPersonIdInOrderByIdAsc(Collection<Long> personIds,
                                                                   Collection<Long> otherPersonIds);
}
