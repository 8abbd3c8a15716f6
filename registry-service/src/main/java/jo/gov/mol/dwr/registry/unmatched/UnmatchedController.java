package jo.gov.mol.dwr.registry.unmatched;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/unmatched} (ADMIN): accepted records still waiting for their subject, longest waiting
 * first (interfaces.md 6), paged as every list of the API.
 */
@RestController
class UnmatchedController {
    private static final int MAX_PAGE_SIZE = 500;

    private final UnmatchedRecords unmatched;

    UnmatchedController(UnmatchedRecords unmatched) {
        this.unmatched = unmatched;
    }

    record Page(List<UnmatchedRecord> content, int page, int size, long totalElements) {
    }

    @GetMapping("/api/admin/unmatched")
    ResponseEntity<?> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE));
        }
        List<UnmatchedRecord> all = unmatched.list();
        List<UnmatchedRecord> content = all.stream().skip((long) page * size).limit(size).toList();
        return ResponseEntity.ok(new Page(content, page, size, all.size()));
    }
}
