package jo.gov.mol.dwr.registry.unmatched;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jo.gov.mol.dwr.registry.api.ListPage;

/**
 * {@code GET /api/admin/unmatched} (ADMIN): accepted records still waiting for their subject, longest waiting
 * first (interfaces.md 6), paged as every list of the API.
 */
@RestController
class UnmatchedController {
    private final UnmatchedRecords unmatched;

    UnmatchedController(UnmatchedRecords unmatched) {
        this.unmatched = unmatched;
    }

    @GetMapping("/api/admin/unmatched")
    ResponseEntity<?> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Optional<ProblemDetail> outOfBounds = ListPage.outOfBounds(page, size);
        if (outOfBounds.isPresent()) {
            return ResponseEntity.badRequest().body(outOfBounds.get());
        }
        List<UnmatchedRecord> all = unmatched.list();
        List<UnmatchedRecord> content = all.stream().skip((long) page * size).limit(size).toList();
        return ResponseEntity.ok(new ListPage<>(content, page, size, all.size()));
    }
}
