package jo.gov.mol.dwr.registry.person;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByMergedInto(Long survivor);

    Page<Person> findByMergedIntoIsNull(Pageable page);

    /** Those of the persons that are not merged into another (their own survivors). */
    @Query("select p.id from Person p where p.id in :ids and p.mergedInto is null")
    List<Long> survivingAmong(Collection<Long> ids);
}
