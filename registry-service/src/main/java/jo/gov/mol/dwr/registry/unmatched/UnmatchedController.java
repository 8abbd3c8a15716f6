package jo.gov.mol.dwr.registry.unmatched;

import org.springframework.data.domain.Sort;
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
    ListPage<UnmatchedRecord> list(@RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size) {
        return ListPage.of(unmatched.list(), ListPage.request(page, size, Sort.unsorted()));
    }
}
