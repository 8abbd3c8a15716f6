package jo.gov.mol.dwr.registry.audit;

import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.registry.api.ListPage;

/**
 * {@code GET /api/admin/audit} (ADMIN, by the API's chain): the audit records, newest first, paged as every list of
 * the API. Reading them is itself audited.
 */
@RestController
class AuditController {
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id"));

    private final AuditRecordRepository records;

    AuditController(AuditRecordRepository records) {
        this.records = records;
    }

    @GetMapping("/api/admin/audit")
    @Audited(AuditAction.READ_AUDIT)
    @Transactional(readOnly = true)
    ListPage<AuditEntry> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ListPage.of(records.findAll(ListPage.request(page, size, NEWEST_FIRST)).map(AuditRecord::entry));
    }
}
