package jo.gov.mol.dwr.registry.employer;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, Long> {

    Optional<Employer> findByNationalId(String nationalId);
}
