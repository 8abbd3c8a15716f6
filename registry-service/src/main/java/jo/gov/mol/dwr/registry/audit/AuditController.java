package jo.gov.mol.dwr.registry.audit;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
    static final String PATH = "/api/admin/audit";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("recordedAt"), Sort.Order.desc("id"));

    private final AuditRecordRepository records;
    private final AuditTrail trail;

    AuditController(AuditRecordRepository records, AuditTrail trail) {
        this.records = records;
        this.trail = trail;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    ResponseEntity<?> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String resource = PATH + "?page=" + page + "&size=" + size;
        Optional<ProblemDetail> outOfBounds = ListPage.outOfBounds(page, size);
        if (outOfBounds.isPresent()) {
            trail.record(AuditAction.READ_AUDIT, resource, HttpStatus.BAD_REQUEST.value());
            return ResponseEntity.badRequest().body(outOfBounds.get());
        }
        Page<AuditRecord> found = records.findAll(PageRequest.of(page, size, NEWEST_FIRST));
        trail.record(AuditAction.READ_AUDIT, resource, HttpStatus.OK.value());
        return ResponseEntity.ok(new ListPage<>(found.map(AuditRecord::entry).getContent(), page, size,
                found.getTotalElements()));
    }
}
