package jo.gov.mol.dwr.registry.person;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findByMergedInto(Long survivor);

    Page<Person> findByMergedIntoIsNull(Pageable page);
}
