package jo.gov.mol.dwr.registry.classification;

import java.security.Principal;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonProperty;

import jo.gov.mol.dwr.mappings.canonical.OfficeClass;
import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/**
 * {@code /api/offices} (interfaces.md 6): every role reads offices' classifications; regulators confirm, override,
 * and approve or reject another regulator's override into or out of D (the API's chain). Every call is audited.
 */
@RestController
@RequestMapping("/api/offices")
class OfficeClassificationController {
    private static final int MAX_REASON = 2000;

    private final OfficeClassifications offices;
    private final ClassificationReview review;

    OfficeClassificationController(OfficeClassifications offices, ClassificationReview review) {
        this.offices = offices;
        this.review = review;
    }

    /** Classified offices by licence number; {@code class} keeps those whose class in force it is. */
    @GetMapping
    @Audited(AuditAction.READ_CLASSIFICATION)
    ListPage<OfficeClassificationView> offices(@RequestParam(name = "class", required = false) OfficeClass officeClass,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "50") int size) {
        return offices.offices(officeClass, ListPage.request(page, size, Sort.unsorted()));
    }

    @GetMapping("/{licenceNo}")
    @Audited(AuditAction.READ_CLASSIFICATION)
    OfficeClassificationView office(@PathVariable String licenceNo) {
        return offices.office(licenceNo);
    }

    @PostMapping("/{licenceNo}/classifications/{id}/confirm")
    @Audited(AuditAction.CHANGE_CLASSIFICATION)
    ClassificationView confirm(@PathVariable String licenceNo, @PathVariable long id, Principal regulator) {
        return review.confirm(licenceNo, id, regulator.getName());
    }

    @PostMapping("/{licenceNo}/classifications/{id}/override")
    @Audited(AuditAction.CHANGE_CLASSIFICATION)
    ClassificationView override(@PathVariable String licenceNo, @PathVariable long id, @RequestBody Override override,
                                Principal regulator) {
        if (override.officeClass() == null) {
            throw RequestRefused.invalid("/class", "missing", "an override names the class: A, B, C, D or UNRATED");
        }
        return review.override(licenceNo, id, override.officeClass(), reason(override.reason(), "an override"),
                regulator.getName());
    }

    @PostMapping("/{licenceNo}/classifications/{id}/approve")
    @Audited(AuditAction.CHANGE_CLASSIFICATION)
    ClassificationView approve(@PathVariable String licenceNo, @PathVariable long id,
                               @RequestBody(required = false) Reason reason, Principal regulator) {
        String why = reason == null || reason.reason() == null || reason.reason().isBlank() ? null
                : reason(reason.reason(), "an approval");
        return review.approve(licenceNo, id, why, regulator.getName());
    }

    @PostMapping("/{licenceNo}/classifications/{id}/reject")
    @Audited(AuditAction.CHANGE_CLASSIFICATION)
    ClassificationView reject(@PathVariable String licenceNo, @PathVariable long id, @RequestBody Reason reason,
                              Principal regulator) {
        return review.reject(licenceNo, id, reason(reason.reason(), "a rejection"), regulator.getName());
    }

    private static String reason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw RequestRefused.invalid("/reason", "missing", what + " of a classification says why, in a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw RequestRefused.invalid("/reason", "too_long",
                    "a reason has at most " + MAX_REASON + " characters, not " + reason.length());
        }
        return reason.strip();
    }

    record Override(@JsonProperty("class") OfficeClass officeClass, String reason) {
    }

    record Reason(String reason) {
    }
}
