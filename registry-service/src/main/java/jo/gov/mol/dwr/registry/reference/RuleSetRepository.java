package jo.gov.mol.dwr.registry.reference;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RuleSetRepository extends JpaRepository<RuleSetDocument, Integer> {

    @Query("select max(d.version) from RuleSetDocument d")
    Optional<Integer> latestVersion();
}
