package jo.gov.mol.dwr.routes.deadletter;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's dead letters (ADMIN, interfaces.md 6): {@code GET /api/admin/dead-letters?direction=&page=&size=} lists
 * outbound deliveries that failed for good and inbound messages refused on channels that cannot answer, newest
 * first; {@code POST /api/admin/dead-letters/{id}/redrive} sends an outbound one again.
 */
@RestController
class DeadLetterController {
    private static final int MAX_PAGE_SIZE = 500;

    private final DeadLetterList deadLetters;

    DeadLetterController(DeadLetterList deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/dead-letters")
    ResponseEntity<?> list(@RequestParam(required = false) Direction direction,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return problem(HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return ResponseEntity.ok(deadLetters.page(Optional.ofNullable(direction), page, size));
    }

    @PostMapping("/api/admin/dead-letters/{id}/redrive")
    ResponseEntity<?> redrive(@PathVariable String id) {
        Optional<DeadLetterId> known = DeadLetterId.parse(id);
        Optional<DeadLetter> deadLetter = known.flatMap(deadLetters::find);
        if (deadLetter.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "no dead letter " + id);
        }
        if (deadLetter.get().direction() == Direction.INBOUND) {
            return problem(HttpStatus.CONFLICT, "dead letter " + id + " is a message the hub refused: the hub cannot send "
                    + "it again; the sender must correct it and send it again");
        }
        if (!deadLetters.redrive(known.get())) {
            return problem(HttpStatus.CONFLICT, "delivery " + id + " is " + deadLetter.get().status() + ", not DEAD");
        }
        return ResponseEntity.ok(deadLetters.find(known.get()).orElseThrow());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
