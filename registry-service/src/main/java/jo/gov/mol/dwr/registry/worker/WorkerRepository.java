package jo.gov.mol.dwr.registry.worker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface WorkerRepository extends JpaRepository<Worker, Long>, JpaSpecificationExecutor<Worker> {

    Optional<Worker> findByPassportKey(String passportKey);

    @Query("select w.passport.key from Worker w where w.personId in :personIds")
    List<String> passportKeysOfPersons(Collection<Long> personIds);

    /**
     * Holders of a passport number (folded: letters and digits only) whatever its issuing state. The escape
     * character is explicit: left out, Hibernate's H2 dialect writes {@code escape ''}, which H2 in Oracle mode
     * reads as NULL (an empty string is NULL in Oracle), and nothing matches.
     */
    static Specification<Worker> holdingPassportNo(String folded) {
        return (worker, query, where) -> where.like(worker.get("passport").<String>get("key"), "%:" + folded, '\\');
    }

    List<Worker> findByPersonIdInOrderByIdAsc(Collection<Long> personIds);

    static Specification<Worker> belongingToAPerson() {
        return (worker, query, where) -> where.isNotNull(worker.get("personId"));
    }

    static Specification<Worker> ofNationality(String nationality) {
        return (worker, query, where) -> where.equal(worker.get("nationality"), nationality);
    }
}
