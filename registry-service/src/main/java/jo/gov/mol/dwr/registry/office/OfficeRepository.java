package jo.gov.mol.dwr.registry.office;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

    Optional<Office> findByLicenceNo(String licenceNo);
}
