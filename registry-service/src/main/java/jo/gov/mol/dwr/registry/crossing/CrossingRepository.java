package jo.gov.mol.dwr.registry.crossing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CrossingRepository extends JpaRepository<Crossing, Long> {

    Optional<Crossing> findByCrossingId(UUID crossingId);

    List<Crossing> findByVisaRef(String visaRef);

    List<Crossing> findByWorkerIdOrderByOccurredAtAscIdAsc(long workerId);

    List<Crossing> findByPassportKeyInOrderByOccurredAtAscIdAsc(Collection<String> passportKeys);
}
