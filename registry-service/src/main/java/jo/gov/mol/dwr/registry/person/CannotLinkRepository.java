package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CannotLinkRepository extends JpaRepository<CannotLink, Long> {

    @Query("""
            select c from CannotLink c where c.withdrawnAt is null
            and (c.personId in :persons or c.otherPersonId in :persons)""")
    List<CannotLink> inForceFor(Collection<Long> persons);
}
