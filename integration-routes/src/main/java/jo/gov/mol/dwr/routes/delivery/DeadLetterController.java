package jo.gov.mol.dwr.routes.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * The hub's dead letters (ADMIN): deliveries that failed for good, with why, and their re-drive.
 * {@code GET /api/admin/dead-letters}, {@code POST /api/admin/dead-letters/{id}/redrive}.
 */
@RestController
class DeadLetterController {
    private static final int MAX_PAGE_SIZE = 500;

    private final Outbox outbox;
    private final Clock clock;

    DeadLetterController(Outbox outbox, Optional<Clock> clock) {
        this.outbox = outbox;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A dead letter as administrators read it. */
    record DeadLetter(long id, String kind, String destination, String messageId, String reference, String status,
                      int attempts, Instant createdAt, String reason) {
        static DeadLetter of(Delivery d) {
            return new DeadLetter(d.id(), d.kind(), d.destination().name(), d.messageId(), d.reference(),
                    d.status().name(), d.attempts(), d.createdAt(), d.lastError());
        }
    }

    record Page<T>(List<T> content, int page, int size, long totalElements) {
    }

    @GetMapping("/api/admin/dead-letters")
    ResponseEntity<?> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return problem(HttpStatus.BAD_REQUEST, "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        List<DeadLetter> content = outbox.page(Delivery.Status.DEAD, page, size).stream().map(DeadLetter::of).toList();
        return ResponseEntity.ok(new Page<>(content, page, size, outbox.count(Delivery.Status.DEAD)));
    }

    @PostMapping("/api/admin/dead-letters/{id}/redrive")
    ResponseEntity<?> redrive(@PathVariable long id) {
        Optional<Delivery> delivery = outbox.find(id);
        if (delivery.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "no dead letter " + id);
        }
        if (!outbox.redrive(id, Instant.now(clock))) {
            return problem(HttpStatus.CONFLICT, "delivery " + id + " is " + delivery.get().status() + ", not DEAD");
        }
        return ResponseEntity.ok(DeadLetter.of(outbox.find(id).orElseThrow()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
