package jo.gov.mol.dwr.registry.recruitment;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecruitmentRequestRepository extends JpaRepository<RecruitmentRequest, Long> {

    Optional<RecruitmentRequest> findByRequestNo(String requestNo);

    boolean existsByRequestNo(String requestNo);
}
