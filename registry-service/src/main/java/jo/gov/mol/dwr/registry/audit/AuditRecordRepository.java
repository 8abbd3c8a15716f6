package jo.gov.mol.dwr.registry.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {
}
