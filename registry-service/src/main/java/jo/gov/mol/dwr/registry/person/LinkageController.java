package jo.gov.mol.dwr.registry.person;

import java.security.Principal;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jo.gov.mol.dwr.registry.api.ListPage;
import jo.gov.mol.dwr.registry.api.RequestRefused;
import jo.gov.mol.dwr.registry.audit.AuditAction;
import jo.gov.mol.dwr.registry.audit.Audited;

/**
 * {@code /api/linkage}: the review queue, links explained, and the changes people make to persons. Reading is open
 * to every role; deciding (confirm, reject, merge, separate, split, undo a split) is the auditors' (the API's chain),
 * always with a note, and every call is audited.
 */
@RestController
@RequestMapping("/api/linkage")
class LinkageController {
    private final ReviewQueue reviews;
    private final Persons persons;
    private final PersonChanges changes;

    LinkageController(ReviewQueue reviews, Persons persons, PersonChanges changes) {
        this.reviews = reviews;
        this.persons = persons;
        this.changes = changes;
    }

    /** The open review items, oldest first, each with its candidates and their scores. */
    @GetMapping("/reviews")
    @Audited(AuditAction.READ_LINKAGE)
    ListPage<ReviewItemView> openReviews(@RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        return ListPage.of(reviews.open(ListPage.request(page, size, Sort.unsorted())));
    }

    @GetMapping("/reviews/{id}")
    @Audited(AuditAction.READ_LINKAGE)
    ReviewItemView review(@PathVariable long id) {
        return reviews.item(id).orElseThrow(() -> notFound("review item", id));
    }

    /** The record's provisional person is the candidate named ({@code personId}), or else the best one. */
    @PostMapping("/reviews/{id}/confirm")
    @Audited(AuditAction.CHANGE_LINKAGE)
    ReviewItemView confirm(@PathVariable long id, @RequestBody Decision decision, Principal auditor) {
        String note = decision.requireNote();
        return decision.personId() == null ? reviews.confirm(id, auditor.getName(), note)
                : reviews.confirm(id, decision.personId(), auditor.getName(), note);
    }

    /** The record's person is none of the candidates: linkage never links them again. */
    @PostMapping("/reviews/{id}/reject")
    @Audited(AuditAction.CHANGE_LINKAGE)
    ReviewItemView reject(@PathVariable long id, @RequestBody Decision decision, Principal auditor) {
        return reviews.reject(id, auditor.getName(), decision.requireNote());
    }

    /** Why a record was put on a person: each field's agreement level and weight, the thresholds, who decided. */
    @GetMapping("/links/{id}")
    @Audited(AuditAction.READ_LINKAGE)
    LinkExplanation link(@PathVariable long id) {
        return persons.link(id).orElseThrow(() -> notFound("link", id));
    }

    /** Every link a record had, the current one last. */
    @GetMapping("/records/{id}/links")
    @Audited(AuditAction.READ_LINKAGE)
    List<LinkExplanation> linksOfRecord(@PathVariable long id) {
        List<LinkExplanation> links = persons.linksOfRecord(id);
        if (links.isEmpty()) {
            throw notFound("person record", id);
        }
        return links;
    }

    /** Two persons are one: {@code person} is merged into {@code into}. */
    @PostMapping("/merges")
    @Audited(AuditAction.CHANGE_LINKAGE)
    PersonHistoryEntry merge(@RequestBody Merge merge, Principal auditor) {
        if (merge.person() == null || merge.into() == null) {
            throw RequestRefused.invalid(merge.person() == null ? "/person" : "/into", "missing",
                    "a merge names the person merged and the person it is merged into");
        }
        return changes.merge(merge.person(), merge.into(), auditor.getName(), new Decision(null, merge.note()).requireNote());
    }

    /** Undoes a merge: the person stands on its own again. */
    @PostMapping("/persons/{id}/separation")
    @Audited(AuditAction.CHANGE_LINKAGE)
    PersonHistoryEntry separate(@PathVariable long id, @RequestBody Decision decision, Principal auditor) {
        return changes.separate(id, auditor.getName(), decision.requireNote());
    }

    /** A record is not its person's: it is split off onto a new person, and never linked back by linkage. */
    @PostMapping("/records/{id}/split")
    @Audited(AuditAction.CHANGE_LINKAGE)
    PersonHistoryEntry split(@PathVariable long id, @RequestBody Decision decision, Principal auditor) {
        return changes.split(id, auditor.getName(), decision.requireNote());
    }

    @PostMapping("/splits/{id}/undo")
    @Audited(AuditAction.CHANGE_LINKAGE)
    PersonHistoryEntry undoSplit(@PathVariable long id, @RequestBody Decision decision, Principal auditor) {
        return changes.undoSplit(id, auditor.getName(), decision.requireNote());
    }

    /** A change the persons' state does not allow is a conflict; one naming nothing known, not found. */
    @ExceptionHandler(PersonChangeRefused.class)
    ResponseEntity<ProblemDetail> refused(PersonChangeRefused refused) {
        return (refused.error() == PersonError.NOT_FOUND
                ? RequestRefused.notFound(refused.error().code(), refused.reason())
                : RequestRefused.conflict(refused.error().code(), refused.reason())).answer();
    }

    private static RequestRefused notFound(String what, long id) {
        return RequestRefused.notFound(PersonError.NOT_FOUND.code(), "no " + what + " " + id);
    }

    /** A person's decision: which candidate (for a confirmation), and always why. */
    record Decision(Long personId, String note) {
        String requireNote() {
            if (note == null || note.isBlank()) {
                throw RequestRefused.invalid("/note", "missing", "a decision about persons says why, in a note");
            }
            return note.strip();
        }
    }

    record Merge(Long person, Long into, String note) {
    }
}
